import { beforeAll, describe, expect, it } from 'vitest';
import { checkKdfParams, DEFAULT_KDF, parseHeader, serializeHeader, type VaultHeader } from './header';
import { initSodium, randomBytes } from './sodium';

let header: VaultHeader;
/** vault.json as plain JSON, loose enough to corrupt in any way. */
interface Editable {
  [field: string]: unknown;
  passphrase: { kdf: Record<string, unknown> } & Record<string, unknown>;
  recovery: Record<string, unknown>;
}

beforeAll(async () => {
  await initSodium();
  header = {
    passphrase: { ...DEFAULT_KDF, salt: randomBytes(16), nonce: randomBytes(24), wrapped: randomBytes(48) },
    recovery: { nonce: randomBytes(24), wrapped: randomBytes(48) },
  };
});

const edited = (edit: (h: Editable) => void) => {
  const json = JSON.parse(serializeHeader(header)) as Editable;
  edit(json);
  return JSON.stringify(json);
};
const refusal = (text: string) => {
  try {
    parseHeader(text);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('the header was accepted');
};

describe('vault header', () => {
  it('round-trips', () => {
    expect(parseHeader(serializeHeader(header))).toEqual(header);
  });

  it.each([
    ['memlimit 8 GiB', (h: Editable) => (h.passphrase.kdf.memlimit = 8 * 2 ** 30), /memory \(8 GiB\) is outside 64 MiB–1 GiB/],
    ['memlimit 1 MiB', (h: Editable) => (h.passphrase.kdf.memlimit = 2 ** 20), /memory \(1 MiB\)/],
    ['opslimit 1', (h: Editable) => (h.passphrase.kdf.opslimit = 1), /passes \(1\) are outside 3–20/],
    ['opslimit 1000', (h: Editable) => (h.passphrase.kdf.opslimit = 1000), /passes \(1000\)/],
    ['a 15-byte salt', (h: Editable) => (h.passphrase.kdf.salt = Buffer.alloc(15).toString('base64')), /salt is not 16 bytes/],
    ['a short keyslot', (h: Editable) => (h.recovery.wrapped = Buffer.alloc(40).toString('base64')), /recovery keyslot is not 48/],
    ['another algorithm', (h: Editable) => (h.passphrase.kdf.alg = 'scrypt'), /damaged or was altered/],
    ['an extra field', (h: Editable) => (h.verifier = 'abc'), /damaged or was altered/],
  ])('refuses %s as tampered, naming the problem', (_label, edit, message) => {
    const error = refusal(edited(edit));
    expect(error.code).toBe('tampered');
    expect(error.message).toMatch(message);
  });

  it('refuses an unknown format version as a newer Cairn, not as damage', () => {
    const error = refusal(edited((h) => (h.version = 2)));
    expect(error).toMatchObject({ code: 'internal' });
    expect(error.message).toMatch(/header format 2.*Update Cairn/);
  });

  it('refuses text that is not JSON or not a Cairn header', () => {
    expect(refusal('{"format":"cairn-vault"')).toMatchObject({ code: 'tampered', message: expect.stringMatching(/not valid JSON/) });
    expect(refusal('[]')).toMatchObject({ code: 'tampered', message: expect.stringMatching(/not a Cairn vault header/) });
  });

  it('accepts the bounds themselves and the defaults', () => {
    expect(() => checkKdfParams({ opslimit: 3, memlimit: 64 * 2 ** 20 })).not.toThrow();
    expect(() => checkKdfParams({ opslimit: 20, memlimit: 2 ** 30 })).not.toThrow();
    expect(() => checkKdfParams(DEFAULT_KDF)).not.toThrow();
    expect(() => checkKdfParams({ opslimit: 3.5, memlimit: 64 * 2 ** 20 })).toThrow(/passes/);
  });
});
