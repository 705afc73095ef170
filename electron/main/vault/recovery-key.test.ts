import { describe, expect, it } from 'vitest';
import { decodeRecoveryKey, encodeRecoveryKey, normaliseRecoveryKey } from './recovery-key';

const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

describe('recovery keys (Crockford base32)', () => {
  it('encodes 32 bytes as 13 uppercase groups of 4', () => {
    const key = encodeRecoveryKey(bytes);
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}$/);
    expect(key.replace(/-/g, '')).toHaveLength(52);
  });

  it('encodes known bytes to a known string', () => {
    expect(encodeRecoveryKey(new Uint8Array(32))).toBe(Array(13).fill('0000').join('-'));
    // 0xff… is 256 one-bits: 51 full characters of Z, then 1 bit + 4 zero bits = 0b10000 = G.
    expect(encodeRecoveryKey(new Uint8Array(32).fill(0xff)).replace(/-/g, '')).toBe('Z'.repeat(51) + 'G');
  });

  it('round-trips random keys', () => {
    for (let n = 0; n < 50; n++) {
      const random = crypto.getRandomValues(new Uint8Array(32));
      expect(decodeRecoveryKey(encodeRecoveryKey(random))).toEqual(random);
    }
  });

  it('decodes regardless of case, spaces, dashes and O/I/L look-alikes', () => {
    const key = encodeRecoveryKey(bytes);
    const sloppy = ` ${key.toLowerCase().replace(/-/g, '  ')} `.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeRecoveryKey(sloppy)).toEqual(bytes);
    expect(normaliseRecoveryKey(sloppy)).toBe(key);
    expect(normaliseRecoveryKey(key.replace(/1/g, 'I'))).toBe(key);
  });

  it('refuses wrong lengths, foreign characters and non-zero spare bits', () => {
    const key = encodeRecoveryKey(bytes).replace(/-/g, '');
    expect(decodeRecoveryKey(key.slice(0, 51))).toBeNull();
    expect(decodeRecoveryKey(key + '0')).toBeNull();
    expect(decodeRecoveryKey(key.slice(0, 51) + 'U')).toBeNull();
    expect(decodeRecoveryKey(key.slice(0, 51) + '*')).toBeNull();
    expect(decodeRecoveryKey('Z'.repeat(52))).toBeNull(); // last Z sets the spare bits
    expect(normaliseRecoveryKey('')).toBeNull();
  });
});
