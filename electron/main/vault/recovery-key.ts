/*
 * Recovery keys: 32 random bytes shown once as Crockford base32 (52
 * characters in 13 groups of 4). Crockford's alphabet has no I, L, O or U, so
 * a key copied by hand from paper survives the usual misreadings: decoding
 * ignores case, spaces and dashes and reads O as 0 and I/L as 1.
 */

export const RECOVERY_KEY_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52
const GROUP = 4;

const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUE.set('O', 0).set('I', 1).set('L', 1);

/** Encodes 32 bytes as the grouped form, e.g. "7K3M-…-W0". */
export function encodeRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key is 32 bytes.');
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
  return out.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Decodes any reasonable spelling of a recovery key; null if it is not one. */
export function decodeRecoveryKey(input: string): Uint8Array | null {
  const text = input.replace(/[\s-]/g, '').toUpperCase();
  if (text.length !== CHARS) return null;
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

/** The canonical grouped form of `input`, or null if it is not a recovery key. */
export function normaliseRecoveryKey(input: string): string | null {
  const bytes = decodeRecoveryKey(input);
  return bytes && encodeRecoveryKey(bytes);
}
