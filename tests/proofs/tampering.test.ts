import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../../electron/main/dispatch';
import { decryptBackup, encryptBackup } from '../../electron/main/backup/crypto';
import { openSegment, rowIdFor, sealSegment } from '../../electron/main/vault/envelope';
import * as sodium from '../../electron/main/vault/sodium';
import { VaultService } from '../../electron/main/vault/vault-service';
import { UNIT_ARGON2, UNIT_PROPERTY } from '../timeouts';

/*
 * Tampering, as properties: random bit flips, truncations, splices and swaps
 * of envelopes, the vault header and backup files are always refused with a
 * clear error, never accepted and never half-applied.
 */

// Argon2 dominates the run time; memoise it so a few hundred cases stay quick.
vi.mock('../../electron/main/vault/sodium', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/vault/sodium')>();
  const memo = new Map<string, Uint8Array>();
  return {
    ...real,
    argon2id: (password: Uint8Array, salt: Uint8Array, ops: number, mem: number) => {
      const key = `${Buffer.from(password).toString('hex')}:${Buffer.from(salt).toString('hex')}:${ops}:${mem}`;
      if (!memo.has(key)) memo.set(key, real.argon2id(password, salt, ops, mem));
      return new Uint8Array(memo.get(key)!);
    },
  };
});

// The vault derives on a worker thread; route it through the memoised call above.
vi.mock('../../electron/main/vault/argon2-thread', async () => {
  const sodium = await import('../../electron/main/vault/sodium');
  return { argon2idOffThread: async (p: Uint8Array, s: Uint8Array, o: number, m: number) => sodium.argon2id(p, s, o, m) };
});

const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'tamper proof passphrase';

/** A mutation of some bytes: flip, truncate, splice in other bytes, or swap two ranges. */
const mutation = (length: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat({ max: length - 1 }), mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), to: fc.nat({ max: length - 1 }) }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.nat({ max: length }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat({ max: length - 1 }), b: fc.nat({ max: length - 1 }), size: fc.integer({ min: 1, max: 32 }) }),
  );
type Mutation = ReturnType<typeof mutation> extends fc.Arbitrary<infer T> ? T : never;

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const out = Buffer.from(bytes);
  switch (m.kind) {
    case 'flip':
      out[m.at]! ^= m.mask;
      return new Uint8Array(out);
    case 'truncate':
      return new Uint8Array(out.subarray(0, m.to));
    case 'splice':
      return new Uint8Array(Buffer.concat([out.subarray(0, m.at), m.bytes, out.subarray(m.at)]));
    case 'append':
      return new Uint8Array(Buffer.concat([out, m.bytes]));
    case 'swap': {
      const a = Buffer.from(out.subarray(m.a, m.a + m.size));
      const b = Buffer.from(out.subarray(m.b, m.b + m.size));
      const swapped = Buffer.from(out);
      b.copy(swapped, m.a);
      a.copy(swapped, m.b);
      return new Uint8Array(swapped);
    }
  }
}

const changed = (a: Uint8Array, b: Uint8Array) => !Buffer.from(a).equals(Buffer.from(b));

beforeAll(() => sodium.initSodium());

describe('tampering is always refused', () => {
  it('envelopes: a changed envelope never opens, and its row is reported, not dropped', () => {
    const envKey = sodium.randomBytes(32);
    const rowIdKey = sodium.randomBytes(32);
    const id = rowIdFor('journal.entry:2026-11', rowIdKey);
    const env = sealSegment('journal.entry:2026-11', '{"v":1,"records":[]}', id, envKey);
    fc.assert(
      fc.property(mutation(env.length), (m) => {
        const bad = apply(env, m);
        fc.pre(changed(bad, env));
        const result = openSegment(id, bad, envKey, rowIdKey);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  /** Why an unlock was refused, in a few words, so the runs can show which check each mutation reached. */
  const causeOf = (error: unknown) => {
    const { code, message } = error as ServiceError;
    if (code !== 'tampered') return code;
    if (/not valid JSON/.test(message)) return 'tampered: not JSON';
    if (/not a Cairn vault header/.test(message)) return 'tampered: not a header';
    if (/is not \d+ bytes/.test(message)) return 'tampered: wrong length';
    if (/outside/.test(message)) return 'tampered: KDF bounds';
    return 'tampered: schema';
  };
  const count = (causes: Map<string, number>, cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);

  it('the vault header: a changed vault.json never unlocks with other keys and says what is wrong', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-tamper-'));
    const vault = await VaultService.load({ dataDir: dir, kdf: KDF });
    await vault.create(PASS);
    const rows = vault.seal([{ name: 'journal.entry:2026-11', data: '{"v":1,"records":[]}' }]);
    const original = readFileSync(path.join(dir, 'vault.json'));
    const causes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutation(original.length), async (m) => {
        const bad = apply(original, m);
        fc.pre(changed(bad, original));
        writeFileSync(path.join(dir, 'vault.json'), bad);
        rmSync(path.join(dir, 'unlock-attempts.json'), { force: true });
        const reopened = await VaultService.load({ dataDir: dir, kdf: KDF });
        try {
          await reopened.unlock(PASS);
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceError);
          expect((error as ServiceError).message.length).toBeGreaterThan(10);
          count(causes, causeOf(error));
          return;
        }
        count(causes, 'accepted (same meaning)');
        // Accepted only if the change did not alter what the header says (e.g. JSON escapes):
        // then it must still open the very same data.
        expect(reopened.open(rows).failed).toEqual([]);
      }),
      { numRuns: 80 },
    );
    writeFileSync(path.join(dir, 'vault.json'), original);
    console.log('vault.json byte mutations, refusal causes:', Object.fromEntries(causes));
  }, UNIT_ARGON2);

  it('the vault header: changed field values parse, reach the keyslot and are refused there', async () => {
    // Byte mutations mostly break the JSON. These keep it well-formed and
    // change one decoded value (a bit of a salt, nonce or wrapped key, or a KDF
    // parameter still inside the bounds), so the refusal must come from the
    // keyslot's authentication, not from the parser.
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-tamper-fields-'));
    const vault = await VaultService.load({ dataDir: dir, kdf: KDF });
    const { recoveryKey } = await vault.create(PASS);
    const original = readFileSync(path.join(dir, 'vault.json'), 'utf8');
    type Field = { slot: 'passphrase' | 'recovery'; get: (h: any) => unknown; set: (h: any, v: unknown) => void }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const bytesFields: Field[] = [
      { slot: 'passphrase', get: (h) => h.passphrase.kdf.salt, set: (h, v) => (h.passphrase.kdf.salt = v) },
      { slot: 'passphrase', get: (h) => h.passphrase.nonce, set: (h, v) => (h.passphrase.nonce = v) },
      { slot: 'passphrase', get: (h) => h.passphrase.wrapped, set: (h, v) => (h.passphrase.wrapped = v) },
      { slot: 'recovery', get: (h) => h.recovery.nonce, set: (h, v) => (h.recovery.nonce = v) },
      { slot: 'recovery', get: (h) => h.recovery.wrapped, set: (h, v) => (h.recovery.wrapped = v) },
    ];
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('bit' as const),
        field: fc.nat({ max: bytesFields.length - 1 }),
        bit: fc.nat({ max: 8 * 48 - 1 }),
      }),
      fc.record({ kind: fc.constant('opslimit' as const), value: fc.integer({ min: KDF.opslimit + 1, max: KDF.opslimit + 2 }) }),
      fc.record({
        kind: fc.constant('memlimit' as const),
        value: fc.integer({ min: KDF.memlimit / 1024 + 8, max: KDF.memlimit / 1024 + 64 }).map((k) => k * 1024),
      }),
    );
    const causes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        const header = JSON.parse(original);
        let slot: 'passphrase' | 'recovery' = 'passphrase';
        if (e.kind === 'bit') {
          const field = bytesFields[e.field]!;
          const bytes = Buffer.from(field.get(header) as string, 'base64');
          bytes[Math.floor(e.bit / 8) % bytes.length]! ^= 1 << e.bit % 8;
          field.set(header, bytes.toString('base64'));
          slot = field.slot;
        } else {
          header.passphrase.kdf[e.kind] = e.value;
        }
        writeFileSync(path.join(dir, 'vault.json'), JSON.stringify(header));
        // Each case is a fresh attempt: the wrong-secret counter is not what is under test here.
        rmSync(path.join(dir, 'unlock-attempts.json'), { force: true });
        const reopened = await VaultService.load({ dataDir: dir, kdf: KDF });
        const attempt = slot === 'passphrase' ? reopened.unlock(PASS) : reopened.unlockWithRecoveryKey(recoveryKey);
        const error = await attempt.then(
          () => null,
          (x: unknown) => x,
        );
        expect(error, JSON.stringify(e)).toBeInstanceOf(ServiceError);
        count(causes, causeOf(error));
        // The other slot is untouched and still opens: an edit breaks one way in, never both.
        if (slot === 'recovery') {
          const other = await VaultService.load({ dataDir: dir, kdf: KDF });
          await other.unlock(PASS);
          expect(other.status().state).toBe('unlocked');
        }
      }),
      { numRuns: 40 },
    );
    writeFileSync(path.join(dir, 'vault.json'), original);
    console.log('vault.json field mutations, refusal causes:', Object.fromEntries(causes));
    expect([...causes.keys()]).toEqual(['wrong_secret']);
  }, UNIT_PROPERTY);

  it('backups: a changed backup file is always refused with a clear error', async () => {
    const parts: Uint8Array[] = [];
    const payload = new TextEncoder().encode('{"type":"manifest"}\n'.repeat(5000));
    for await (const p of encryptBackup([payload], PASS, KDF, '2026-11-25T10:00:00.000Z')) parts.push(p);
    const file = new Uint8Array(Buffer.concat(parts));
    fc.assert(
      fc.property(mutation(file.length), (m) => {
        const bad = apply(file, m);
        fc.pre(changed(bad, file));
        expect(() => decryptBackup(bad, PASS)).toThrow(ServiceError);
      }),
      { numRuns: 300 },
    );
  });
});
