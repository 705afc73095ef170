import { plainHash } from './sodium';

/*
 * Recovery keys: 32 random bytes shown once as Crockford base32 — 52 key
 * characters and 4 check characters, in 14 groups of 4. Crockford's alphabet
 * has no I, L, O or U, so a key copied by hand from paper survives the usual
 * misreadings: decoding ignores case, spaces and dashes and reads O as 0 and
 * I/L as 1.
 *
 * The check characters are 20 bits of BLAKE2b over the key, so a typo is
 * caught (all but one in a million) before the key is tried: it never counts
 * as a wrong attempt. Keys made before the check characters existed (52
 * characters, 13 groups) are still accepted; they are simply not checked.
 */

export const RECOVERY_KEY_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52
const CHECK_CHARS = 4;
const GROUP = 4;
const CHECK_DOMAIN = new TextEncoder().encode('cairn recovery key check v1');

const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUE.set('O', 0).set('I', 1).set('L', 1);

export type RecoveryKeyReading =
  | { ok: true; bytes: Uint8Array; checked: boolean }
  | { ok: false; reason: 'not a key' | 'typo' };

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1; // keep only the unread bits so the number stays small
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The 4 check characters for a key: the first 20 bits of a domain-separated BLAKE2b. */
function checkChars(bytes: Uint8Array): string {
  const message = new Uint8Array(CHECK_DOMAIN.length + bytes.length);
  message.set(CHECK_DOMAIN);
  message.set(bytes, CHECK_DOMAIN.length);
  return toBase32(plainHash(16, message)).slice(0, CHECK_CHARS);
}

const grouped = (chars: string) => chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');

/** Encodes 32 bytes as the grouped form with check characters, e.g. "7K3M-…-W0Q4". */
export function encodeRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key is 32 bytes.');
  return grouped(toBase32(bytes) + checkChars(bytes));
}

function fromBase32(text: string): Uint8Array | null {
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  // 52 characters carry 260 bits; the 4 spare bits are zero in every key Cairn
  // made, so anything else is a mistyped last character, not a key.
  return buffer === 0 ? bytes : null;
}

/** Reads any reasonable spelling of a recovery key, with or without check characters. */
export function readRecoveryKey(input: string): RecoveryKeyReading {
  const text = input.replace(/[\s-]/g, '').toUpperCase();
  if (text.length !== KEY_CHARS && text.length !== KEY_CHARS + CHECK_CHARS) return { ok: false, reason: 'not a key' };
  if ([...text].some((char) => !VALUE.has(char))) return { ok: false, reason: 'not a key' };
  const bytes = fromBase32(text.slice(0, KEY_CHARS));
  const checked = text.length > KEY_CHARS;
  if (!bytes) return { ok: false, reason: checked ? 'typo' : 'not a key' };
  if (!checked) return { ok: true, bytes, checked };
  const given = [...text.slice(KEY_CHARS)].map((c) => ALPHABET[VALUE.get(c)!]).join('');
  if (given !== checkChars(bytes)) return { ok: false, reason: 'typo' };
  return { ok: true, bytes, checked };
}

/** The key's bytes, or null if it is not a key or has a typo. */
export function decodeRecoveryKey(input: string): Uint8Array | null {
  const reading = readRecoveryKey(input);
  return reading.ok ? reading.bytes : null;
}

/** The canonical grouped form of `input` (keeping the old form for old keys), or null. */
export function normaliseRecoveryKey(input: string): string | null {
  const reading = readRecoveryKey(input);
  if (!reading.ok) return null;
  return reading.checked ? encodeRecoveryKey(reading.bytes) : grouped(toBase32(reading.bytes));
}
