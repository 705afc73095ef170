import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from './envelope';
import { KDF_BOUNDS } from './header';
import type { KeyRing } from './keyring';
import { VaultService, type SealedRow } from './vault-service';

// seal/open through the service: tampering, moved and truncated rows,
// padding, and lock. One vault for the file (Argon2 runs once).
const fastKdf = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const dirs: string[] = [];
let vault: VaultService;
const onLocked = vi.fn();

async function newVault(options: { onLocked?: () => void } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'cairn-records-'));
  dirs.push(dataDir);
  const created = await VaultService.load({ dataDir, kdf: fastKdf, ...options });
  await created.create('correct horse battery');
  return created;
}

beforeAll(async () => {
  vault = await newVault({ onLocked });
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const sealOne = (name: string, data: string) => vault.seal([{ name, data }])[0]!;
const edit = (env: Uint8Array, change: (bytes: Uint8Array) => Uint8Array) => change(env.slice());

describe('seal and open', () => {
  it('round-trips a batch, in order, with deterministic 32-hex row ids', () => {
    const segments = [
      { name: 'journal:2026-11', data: '[{"mood":3}]' },
      { name: 'journal:2026-12', data: '' },
      { name: 'safety-plan', data: 'Call Sam. Walk. 🌿' },
    ];
    const rows = vault.seal(segments);
    expect(rows.map((r) => r.id)).toEqual(vault.seal(segments).map((r) => r.id));
    for (const row of rows) expect(row.id).toMatch(/^[0-9a-f]{32}$/);
    expect(vault.open(rows)).toEqual({ segments: segments.map((s, i) => ({ id: rows[i]!.id, ...s })), failed: [], leftover: [] });
  });

  it('refuses text with lone surrogates instead of silently changing it', () => {
    expect(() => vault.seal([{ name: 'a', data: 'broken \uD800 text' }])).toThrow(
      expect.objectContaining({ code: 'invalid_request' }),
    );
  });

  it('pads: envelopes of plaintext lengths within one bucket have identical lengths', () => {
    const lengthsOf = (sizes: number[]) => new Set(sizes.map((n) => sealOne('journal:2026-11', 'x'.repeat(n)).env.length));
    // 17 bytes of framing (u16 + 15-byte name) and at least 1 byte of padding: 0..238 fill the 256 bucket.
    expect(lengthsOf([0, 1, 50, 120, 200, 238])).toHaveProperty('size', 1);
    expect(lengthsOf([238, 239])).toHaveProperty('size', 2);
    expect(lengthsOf([600, 800, 1000])).toHaveProperty('size', 1); // all in 1024
    expect(lengthsOf([0, 600])).toHaveProperty('size', 2);
  });
});

describe('tampered rows are reported, never thrown or dropped', () => {
  it('flipping any single bit of an envelope makes that row fail, while a valid row still opens', () => {
    const good = sealOne('medications', '[{"name":"sertraline"}]');
    const sample = sealOne('journal:2026-11', 'A short entry.');
    const bytes = sample.env;
    const flipped: SealedRow[] = [];
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const copy = bytes.slice();
      copy[bit >> 3]! ^= 1 << (bit & 7);
      flipped.push({ id: sample.id, env: copy });
    }
    expect(flipped).toHaveLength(297 * 8); // format + nonce + 256-byte bucket + tag
    for (let start = 0; start < flipped.length; start += 500) {
      const batch = [good, ...flipped.slice(start, start + 500)];
      const { segments, failed } = vault.open(batch);
      expect(segments).toEqual([{ id: good.id, name: 'medications', data: '[{"name":"sertraline"}]' }]);
      expect(failed).toHaveLength(batch.length - 1);
      for (const f of failed) {
        expect(f.id).toBe(sample.id);
        expect(Object.values(MESSAGES)).toContain(f.message);
      }
    }
  });

  it('an envelope moved to another row id fails', () => {
    const a = sealOne('journal:2026-10', 'October');
    const b = sealOne('journal:2026-11', 'November');
    const { segments, failed } = vault.open([{ id: b.id, env: a.env }, a]);
    expect(segments.map((s) => s.data)).toEqual(['October']);
    expect(failed).toEqual([{ id: b.id, message: MESSAGES.damaged }]);
  });

  it('truncated envelopes fail, at every telling length', () => {
    const sample = sealOne('journal:2026-11', 'A short entry.');
    const full = sample.env.length;
    const rows = [0, 1, 24, 25, 40, 41, 100, full - 16, full - 1].map((n) => ({
      id: sample.id,
      env: edit(sample.env, (b) => b.subarray(0, n)),
    }));
    const { segments, failed } = vault.open([...rows, sample]);
    expect(segments).toHaveLength(1);
    expect(failed).toHaveLength(rows.length);
    expect(failed[0]).toEqual({ id: sample.id, message: MESSAGES.unreadable });
    expect(failed.at(-1)).toEqual({ id: sample.id, message: MESSAGES.damaged });
  });

  it('an envelope from another vault, or garbage, fails', async () => {
    const other = await newVault();
    const theirs = other.seal([{ name: 'journal:2026-11', data: 'not yours' }])[0]!;
    const mine = sealOne('journal:2026-11', 'mine');
    const { segments, failed } = vault.open([
      { id: mine.id, env: theirs.env },
      theirs,
      { id: mine.id, env: new Uint8Array([1]) },
      { id: 'not-a-row-id', env: mine.env },
    ]);
    expect(segments).toEqual([]);
    expect(failed.map((f) => f.message)).toEqual([MESSAGES.damaged, MESSAGES.damaged, MESSAGES.unreadable, MESSAGES.damaged]);
  });
});

describe('lock', () => {
  it('zeroes every key buffer and refuses seal and open afterwards', () => {
    const row = sealOne('journal:2026-11', 'before lock');
    const ring = (vault as unknown as { keys: KeyRing | null }).keys!;
    const buffers = ring.buffers();
    expect(buffers).toHaveLength(3);
    for (const key of buffers) expect(key.some((b) => b !== 0)).toBe(true);

    vault.lock('idle');

    for (const key of buffers) expect([...key].every((b) => b === 0)).toBe(true);
    expect((vault as unknown as { keys: KeyRing | null }).keys).toBeNull();
    expect(onLocked).toHaveBeenLastCalledWith('idle');
    expect(() => vault.seal([{ name: 'a', data: 'b' }])).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(() => vault.open([row])).toThrow(expect.objectContaining({ code: 'locked' }));
  });
});
