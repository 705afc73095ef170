import { beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_FORMAT, isWellFormed, MESSAGES, openSegment, rowIdFor, sealSegment } from './envelope';
import { aeadOpen, aeadSeal, initSodium, randomBytes } from './sodium';

let envKey: Uint8Array;
let rowIdKey: Uint8Array;

beforeAll(async () => {
  await initSodium();
  envKey = randomBytes(32);
  rowIdKey = randomBytes(32);
});

const seal = (name: string, data: string) => {
  const id = rowIdFor(name, rowIdKey);
  return { id, env: sealSegment(name, data, id, envKey) };
};

describe('row ids', () => {
  it('are 32 hex characters, deterministic per name and key, distinct across names and keys', () => {
    const id = rowIdFor('journal:2026-11', rowIdKey);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(rowIdFor('journal:2026-11', rowIdKey)).toBe(id);
    expect(rowIdFor('journal:2026-12', rowIdKey)).not.toBe(id);
    expect(rowIdFor('journal:2026-11', randomBytes(32))).not.toBe(id);
  });
});

describe('sealSegment / openSegment', () => {
  it('round-trips names and data, including empty data and non-ASCII text', () => {
    for (const [name, data] of [
      ['journal:2026-11', '[{"text":"Slept badly, better after the walk."}]'],
      ['settings', ''],
      ['therapy:2026-01', 'Grüße — 🌿 ' + 'x'.repeat(70_000)],
    ] as const) {
      const { id, env } = seal(name, data);
      expect(openSegment(id, env, envKey, rowIdKey)).toEqual({ ok: true, name, data });
    }
  });

  it('uses a fresh nonce every time, so sealing the same segment twice differs', () => {
    expect(seal('a', 'same').env).not.toEqual(seal('a', 'same').env);
  });

  it('starts with the format byte and a 24-byte nonce', () => {
    const bytes = seal('a', 'b').env;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes[0]).toBe(ENVELOPE_FORMAT);
    expect(bytes.length).toBe(1 + 24 + 256 + 16);
  });

  it('pads: every plaintext length within one bucket gives the same envelope length', () => {
    // name "n" costs 3 bytes (u16 length + 1), padding needs at least 1: data 0..252 fills the 256 bucket.
    const lengths = new Set([0, 1, 100, 200, 252].map((n) => seal('n', 'x'.repeat(n)).env.length));
    expect(lengths.size).toBe(1);
    expect(seal('n', 'x'.repeat(253)).env.length).toBeGreaterThan([...lengths][0]!);
    const large = new Set([70_000, 100_000, 131_000].map((n) => seal('n', 'x'.repeat(n)).env.length));
    expect(large.size).toBe(1);
  });

  it('reports an unknown format byte, empty and short input as unreadable, not as damage', () => {
    const { id, env } = seal('a', 'b');
    const bytes = env.slice();
    bytes[0] = 0x02;
    expect(openSegment(id, bytes, envKey, rowIdKey)).toEqual({ ok: false, message: MESSAGES.unknownFormat });
    expect(openSegment(id, new Uint8Array(0), envKey, rowIdKey)).toEqual({ ok: false, message: MESSAGES.unreadable });
    const headerOnly = env.subarray(0, 1 + 24);
    expect(openSegment(id, headerOnly, envKey, rowIdKey)).toEqual({
      ok: false,
      message: MESSAGES.unreadable,
    });
  });

  it('refuses an authentic envelope whose inner name does not hash to its row id', () => {
    // Forged with the real envelope key (something only a Cairn bug could do):
    // AD says row X, but the sealed name belongs to row Y.
    const forgedId = rowIdFor('other', rowIdKey);
    const plain = new Uint8Array(256);
    plain.set([0, 1, 0x61, 0x80]); // name "a", empty data, ISO 7816-4 padding marker
    const ad = new Uint8Array([ENVELOPE_FORMAT, ...new TextEncoder().encode(forgedId)]);
    const { nonce, ciphertext } = aeadSeal(plain, ad, envKey);
    const env = new Uint8Array([ENVELOPE_FORMAT, ...nonce, ...ciphertext]);
    expect(openSegment(forgedId, env, envKey, rowIdKey)).toEqual({ ok: false, message: MESSAGES.damaged });
  });

  it('fails with another vault’s key', () => {
    const { id, env } = seal('a', 'b');
    expect(openSegment(id, env, randomBytes(32), rowIdKey)).toEqual({ ok: false, message: MESSAGES.damaged });
  });
});

describe('isWellFormed', () => {
  it('spots lone surrogates that UTF-8 encoding would silently replace', () => {
    expect(isWellFormed('ok 🌿')).toBe(true);
    expect(isWellFormed('\uD83C')).toBe(false);
    expect(isWellFormed('x\uDF3Fy')).toBe(false);
  });
});

describe('associated data (checked directly, not through the inner name)', () => {
  // The inner-name check also catches an envelope moved between rows, so a test
  // of "moved envelopes fail" stays green if the row id is dropped from the
  // associated data. These open the raw AEAD with chosen associated data.
  const parts = (bytes: Uint8Array) => {
    return { nonce: bytes.subarray(1, 25), ciphertext: bytes.subarray(25) };
  };
  const ad = (...chunks: (number[] | string)[]) =>
    new Uint8Array(chunks.flatMap((c) => (typeof c === 'string' ? [...new TextEncoder().encode(c)] : c)));

  it('is exactly the format byte followed by the UTF-8 row id', () => {
    const { id, env } = seal('journal:2026-11', '[]');
    const { nonce, ciphertext } = parts(env);
    expect(aeadOpen(ciphertext, ad([ENVELOPE_FORMAT], id), nonce, envKey)).not.toBeNull();
    expect(aeadOpen(ciphertext, ad([ENVELOPE_FORMAT]), nonce, envKey)).toBeNull();
    expect(aeadOpen(ciphertext, ad(id), nonce, envKey)).toBeNull();
    expect(aeadOpen(ciphertext, ad([ENVELOPE_FORMAT], rowIdFor('journal:2026-12', rowIdKey)), nonce, envKey)).toBeNull();
    expect(aeadOpen(ciphertext, ad([ENVELOPE_FORMAT + 1], id), nonce, envKey)).toBeNull();
  });

  it('an envelope sealed under another row id does not open at that row, even when its inner name matches', () => {
    const name = 'journal:2026-11';
    const id = rowIdFor(name, rowIdKey);
    const foreign = sealSegment(name, '[]', rowIdFor('medications', rowIdKey), envKey);
    expect(openSegment(id, foreign, envKey, rowIdKey)).toEqual({ ok: false, message: MESSAGES.damaged });
  });
});
