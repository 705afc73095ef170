import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRecoveryKey, encodeRecoveryKey, normaliseRecoveryKey, readRecoveryKey } from './recovery-key';
import { initSodium } from './sodium';

const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The key characters alone: how keys were written before check characters. */
const oldForm = (key: string) => key.replace(/-/g, '').slice(0, 52).match(/.{1,4}/g)!.join('-');

beforeAll(() => initSodium());

describe('recovery keys (Crockford base32 with check characters)', () => {
  it('encodes 32 bytes as 14 uppercase groups of 4: 52 key characters and 4 check characters', () => {
    const key = encodeRecoveryKey(bytes);
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
    expect(key.replace(/-/g, '')).toHaveLength(56);
  });

  it('encodes known bytes to known key characters', () => {
    expect(oldForm(encodeRecoveryKey(new Uint8Array(32)))).toBe(Array(13).fill('0000').join('-'));
    // 0xff… is 256 one-bits: 51 full characters of Z, then 1 bit + 4 zero bits = 0b10000 = G.
    expect(encodeRecoveryKey(new Uint8Array(32).fill(0xff)).replace(/-/g, '').slice(0, 52)).toBe('Z'.repeat(51) + 'G');
  });

  it('round-trips random keys', () => {
    for (let n = 0; n < 50; n++) {
      const random = crypto.getRandomValues(new Uint8Array(32));
      expect(readRecoveryKey(encodeRecoveryKey(random))).toEqual({ ok: true, bytes: random, checked: true });
    }
  });

  it('decodes regardless of case, spaces, dashes and O/I/L look-alikes', () => {
    const key = encodeRecoveryKey(bytes);
    const sloppy = ` ${key.toLowerCase().replace(/-/g, '  ')} `.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeRecoveryKey(sloppy)).toEqual(bytes);
    expect(normaliseRecoveryKey(sloppy)).toBe(key);
    expect(normaliseRecoveryKey(key.replace(/1/g, 'I'))).toBe(key);
  });

  it('catches every single mistyped character and every swap of neighbours as a typo', () => {
    const chars = encodeRecoveryKey(bytes).replace(/-/g, '');
    let cases = 0;
    for (let at = 0; at < chars.length; at++) {
      for (const other of ALPHABET) {
        if (other === chars[at]) continue;
        const typo = chars.slice(0, at) + other + chars.slice(at + 1);
        expect(readRecoveryKey(typo), typo).toEqual({ ok: false, reason: 'typo' });
        cases++;
      }
      if (at + 1 < chars.length && chars[at] !== chars[at + 1]) {
        const swapped = chars.slice(0, at) + chars[at + 1] + chars[at] + chars.slice(at + 2);
        expect(readRecoveryKey(swapped), swapped).toEqual({ ok: false, reason: 'typo' });
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(56 * 31);
  });

  it('still reads keys made before check characters existed (unchecked)', () => {
    const old = oldForm(encodeRecoveryKey(bytes));
    expect(readRecoveryKey(old)).toEqual({ ok: true, bytes, checked: false });
    expect(normaliseRecoveryKey(old.toLowerCase())).toBe(old);
  });

  it('refuses wrong lengths, foreign characters and non-zero spare bits as "not a key"', () => {
    const key = encodeRecoveryKey(bytes).replace(/-/g, '');
    for (const text of [key.slice(0, 51), key + '0', key.slice(0, 55), key.slice(0, 51) + 'U', key.slice(0, 51) + '*', 'Z'.repeat(52), '']) {
      expect(readRecoveryKey(text), text).toEqual({ ok: false, reason: 'not a key' });
    }
    expect(normaliseRecoveryKey('')).toBeNull();
  });
});
