import { padToBucket, unpadBucket } from './padding';
import { aeadOpen, aeadSeal, keyedHash, memzero, NONCE_BYTES, TAG_BYTES, toHex } from './sodium';

/*
 * One sealed segment = one Dexie row {id, env}.
 *   id  = hex(BLAKE2b-128(utf8(name), rowIdKey)): deterministic, so a segment
 *         always maps to the same row, yet "journal:2026-11" is not in clear.
 *   env = [format 0x01][24-byte nonce][XChaCha20-Poly1305 ciphertext], as bytes
 *         (a Uint8Array over IPC and in IndexedDB; rows written before binary
 *         envelopes held the base64 text of the same bytes, src/renderer/db/stored-envelope.ts),
 *         plaintext = u16be(byte length of name) || name || data, padded to a
 *         size bucket; associated data = format byte || utf8(row id), so an
 *         envelope moved to another row, or re-labelled with another format,
 *         fails authentication.
 */

export const ENVELOPE_FORMAT = 0x01;
const HEADER_BYTES = 1 + NONCE_BYTES;
const MAX_NAME_BYTES = 0xffff;

export const MESSAGES = {
  unreadable: 'This record could not be read: it is truncated or is not a Cairn record.',
  unknownFormat: 'This record uses a format this version of Cairn does not know; it may come from a newer Cairn.',
  damaged: 'This record could not be decrypted: it was damaged or altered.',
} as const;

export type OpenResult = { ok: true; name: string; data: string } | { ok: false; message: string };

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Lone UTF-16 surrogates would be silently replaced by U+FFFD when encoded: refuse them instead of changing data. */
export const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const associatedData = (rowId: string) => {
  const id = encoder.encode(rowId);
  const ad = new Uint8Array(1 + id.length);
  ad[0] = ENVELOPE_FORMAT;
  ad.set(id, 1);
  return ad;
};

export function rowIdFor(name: string, rowIdKey: Uint8Array): string {
  return toHex(keyedHash(16, encoder.encode(name), rowIdKey));
}

/** Seals one segment for row `rowId`. `name` must be 1..65535 UTF-8 bytes (the caller checks). */
export function sealSegment(name: string, data: string, rowId: string, envKey: Uint8Array): Uint8Array {
  const nameBytes = encoder.encode(name);
  const dataBytes = encoder.encode(data);
  if (nameBytes.length === 0 || nameBytes.length > MAX_NAME_BYTES) throw new Error('Segment name length out of range.');
  const plain = new Uint8Array(2 + nameBytes.length + dataBytes.length);
  new DataView(plain.buffer).setUint16(0, nameBytes.length, false);
  plain.set(nameBytes, 2);
  plain.set(dataBytes, 2 + nameBytes.length);
  const padded = padToBucket(plain);
  const { nonce, ciphertext } = aeadSeal(padded, associatedData(rowId), envKey);
  // Plaintext copies are wiped; the JS strings they came from are beyond reach.
  memzero(plain);
  memzero(padded);
  memzero(dataBytes);
  const env = new Uint8Array(HEADER_BYTES + ciphertext.length);
  env[0] = ENVELOPE_FORMAT;
  env.set(nonce, 1);
  env.set(ciphertext, HEADER_BYTES);
  return env;
}

/** Opens one row. Never throws: every failure comes back as a readable message. */
export function openSegment(rowId: string, bytes: Uint8Array, envKey: Uint8Array, rowIdKey: Uint8Array): OpenResult {
  if (bytes.length === 0) return { ok: false, message: MESSAGES.unreadable };
  if (bytes[0] !== ENVELOPE_FORMAT) return { ok: false, message: MESSAGES.unknownFormat };
  if (bytes.length < HEADER_BYTES + TAG_BYTES) return { ok: false, message: MESSAGES.unreadable };
  const nonce = bytes.subarray(1, HEADER_BYTES);
  const padded = aeadOpen(bytes.subarray(HEADER_BYTES), associatedData(rowId), nonce, envKey);
  if (!padded) return { ok: false, message: MESSAGES.damaged };
  try {
    // Past this point the bytes are authentic, so a failure means a Cairn bug,
    // not an attacker; it is still reported per row rather than thrown.
    const plain = unpadBucket(padded);
    if (!plain || plain.length < 2) return { ok: false, message: MESSAGES.damaged };
    const nameLength = new DataView(plain.buffer, plain.byteOffset).getUint16(0, false);
    if (nameLength === 0 || 2 + nameLength > plain.length) return { ok: false, message: MESSAGES.damaged };
    const name = strictDecoder.decode(plain.subarray(2, 2 + nameLength));
    const data = strictDecoder.decode(plain.subarray(2 + nameLength));
    if (rowIdFor(name, rowIdKey) !== rowId) return { ok: false, message: MESSAGES.damaged };
    return { ok: true, name, data };
  } catch {
    return { ok: false, message: MESSAGES.damaged };
  } finally {
    memzero(padded);
  }
}
