import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  aeadOpen,
  aeadSeal,
  argon2id,
  deriveSubkey,
  fromBase64,
  initSodium,
  keyedHash,
  memzero,
  toBase64,
  toHex,
} from './sodium';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../tests/fixtures/crypto/${name}`, import.meta.url), 'utf8')) as unknown;
const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const utf8 = (text: string) => new TextEncoder().encode(text);

const xchachaVector = z.object({
  plaintext: z.string(),
  aadHex: z.string(),
  keyHex: z.string(),
  nonceHex: z.string(),
  ciphertextHex: z.string(),
  tagHex: z.string(),
});
const argonVectors = z.object({
  vectors: z.array(
    z.object({
      passwordHex: z.string(),
      saltHex: z.string(),
      opslimit: z.number(),
      memlimitBytes: z.number(),
      hashHex: z.string(),
    }),
  ),
});

beforeAll(initSodium);

describe('aeadSeal / aeadOpen (XChaCha20-Poly1305)', () => {
  const v = xchachaVector.parse(fixture('xchacha20poly1305.json'));

  it('reproduces draft-irtf-cfrg-xchacha-03 appendix A.3.1', () => {
    const { nonce, ciphertext } = aeadSeal(utf8(v.plaintext), hex(v.aadHex), hex(v.keyHex), hex(v.nonceHex));
    expect(toHex(nonce)).toBe(v.nonceHex);
    expect(toHex(ciphertext)).toBe(v.ciphertextHex + v.tagHex);
  });

  it('opens the draft ciphertext back to the plaintext', () => {
    const opened = aeadOpen(hex(v.ciphertextHex + v.tagHex), hex(v.aadHex), hex(v.nonceHex), hex(v.keyHex));
    expect(opened && new TextDecoder().decode(opened)).toBe(v.plaintext);
  });

  it('returns null (never throws) on a wrong tag, wrong AAD, short input or bad nonce', () => {
    const ct = hex(v.ciphertextHex + v.tagHex);
    const key = hex(v.keyHex);
    const nonce = hex(v.nonceHex);
    const flipped = ct.slice();
    flipped[ct.length - 1]! ^= 1;
    expect(aeadOpen(flipped, hex(v.aadHex), nonce, key)).toBeNull();
    expect(aeadOpen(ct, hex('50515253c0c1c2c3c4c5c6c8'), nonce, key)).toBeNull();
    expect(aeadOpen(ct.subarray(0, 10), hex(v.aadHex), nonce, key)).toBeNull();
    expect(aeadOpen(ct, hex(v.aadHex), nonce.subarray(0, 12), key)).toBeNull();
  });

  it('uses a fresh random nonce by default', () => {
    const key = new Uint8Array(32);
    const a = aeadSeal(utf8('same'), utf8(''), key);
    const b = aeadSeal(utf8('same'), utf8(''), key);
    expect(toHex(a.nonce)).not.toBe(toHex(b.nonce));
    expect(toHex(a.ciphertext)).not.toBe(toHex(b.ciphertext));
  });
});

describe('argon2id', () => {
  const { vectors } = argonVectors.parse(fixture('argon2id.json'));

  it.each(vectors.map((v) => [`t=${v.opslimit} m=${v.memlimitBytes / 2 ** 20} MiB`, v] as const))(
    'matches the argon2 reference CLI (%s)',
    (_label, v) => {
      expect(toHex(argon2id(hex(v.passwordHex), hex(v.saltHex), v.opslimit, v.memlimitBytes))).toBe(v.hashHex);
    },
  );
});

describe('small helpers', () => {
  it('derives distinct subkeys per context and a keyed hash of the asked length', () => {
    const key = new Uint8Array(32).fill(7);
    expect(toHex(deriveSubkey(key, 1, 'CairnEnv'))).not.toBe(toHex(deriveSubkey(key, 1, 'CairnRow')));
    expect(keyedHash(16, utf8('journal:2026-11'), key)).toHaveLength(16);
  });

  it('round-trips strict base64 and refuses text that is not base64', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64('not base64!')).toBeNull();
    for (const bad of ['AAA', 'A===', 'AA=A', '=AAA', 'AAAAA', 'AA==AAAA']) expect(fromBase64(bad), bad).toBeNull();
    for (const good of ['', 'AAAA', 'AA==', 'AAA=']) expect(fromBase64(good), good).not.toBeNull();
  });

  it('decodes base64 of many megabytes (a manifest of ten years of rows) without overflowing the regex stack', () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).fill(0xab);
    expect(fromBase64(toBase64(bytes))?.length).toBe(bytes.length);
  });

  it('memzero zeroes in place', () => {
    const buf = new Uint8Array([1, 2, 3]);
    memzero(buf);
    expect([...buf]).toEqual([0, 0, 0]);
  });
});
