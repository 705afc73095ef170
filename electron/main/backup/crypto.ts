import { argon2id, keyedHash, memzero, randomBytes, SALT_BYTES, streamPull, streamPush, STREAM_ABYTES, STREAM_HEADER_BYTES } from '../vault/sodium';
import type { KdfParams } from '../vault/header';
import {
  CHUNK_PLAINTEXT,
  concat,
  encodePreamble,
  KEY_CHECK_BYTES,
  KEY_CHECK_MESSAGE,
  MAX_CHUNK,
  parsePreamble,
  refuse,
  u32,
  type BackupHeader,
} from './format';

const deriveKey = (passphrase: string, salt: Uint8Array, kdf: KdfParams) =>
  argon2id(new TextEncoder().encode(passphrase.normalize('NFC')), salt, kdf.opslimit, kdf.memlimit);

/**
 * Encrypts `payload` (UTF-8 chunks of NDJSON) into a backup file, yielded
 * piece by piece so the caller can stream it to disk. Chunks carry exactly
 * 64 KiB of plaintext except the last, which is shorter (possibly empty) and
 * tagged FINAL.
 */
export async function* encryptBackup(
  payload: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  passphrase: string,
  kdf: KdfParams,
  createdAt: string,
): AsyncGenerator<Uint8Array> {
  const salt = randomBytes(SALT_BYTES);
  const key = deriveKey(passphrase, salt, kdf);
  try {
    yield* encryptBackupWithKey(payload, key, { ...kdf, salt }, createdAt);
  } finally {
    memzero(key);
  }
}

/** The Argon2 output for a passphrase and fresh salt, for automatic backups that reuse one key. */
export function deriveBackupKey(passphrase: string, kdf: KdfParams): { key: Uint8Array; salt: Uint8Array } {
  const salt = randomBytes(SALT_BYTES);
  return { key: deriveKey(passphrase, salt, kdf), salt };
}

/** encryptBackup with an already derived key (the caller owns and zeroes it). */
export async function* encryptBackupWithKey(
  payload: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  key: Uint8Array,
  kdf: KdfParams & { salt: Uint8Array },
  createdAt: string,
): AsyncGenerator<Uint8Array> {
  const header: BackupHeader = { kdf, keyCheck: keyedHash(KEY_CHECK_BYTES, KEY_CHECK_MESSAGE, key), createdAt };
  const preamble = encodePreamble(header);
  const stream = streamPush(key);
  yield concat(preamble, stream.header);

  let buffer = new Uint8Array(0);
  let first = true;
  const emit = (message: Uint8Array, final: boolean) => {
    const sealed = stream.push(message, final, first ? preamble : undefined);
    first = false;
    return concat(u32(sealed.length), sealed);
  };
  for await (const piece of payload) {
    buffer = concat(buffer, piece);
    while (buffer.length >= CHUNK_PLAINTEXT) {
      yield emit(buffer.subarray(0, CHUNK_PLAINTEXT), false);
      buffer = buffer.slice(CHUNK_PLAINTEXT);
    }
  }
  yield emit(buffer, true);
}

/** secretstream tags (libsodium): only MESSAGE mid-stream and FINAL at the end are part of the format. */
const TAG_MESSAGE = 0;

/**
 * Decrypts a whole backup. Every refusal is a ServiceError with its own
 * message (see format.ts `refuse`); nothing is returned unless every chunk
 * authenticated and the FINAL chunk ended the file exactly.
 */
export function decryptBackup(file: Uint8Array, passphrase: string): { header: BackupHeader; payload: Uint8Array } {
  const { header } = parsePreamble(file);
  const key = deriveKey(passphrase, header.kdf.salt, header.kdf);
  try {
    return decryptBackupWithKey(file, key);
  } finally {
    memzero(key);
  }
}

/** decryptBackup with an already derived key (automatic backups verify what they wrote; the caller zeroes the key). */
export function decryptBackupWithKey(file: Uint8Array, key: Uint8Array): { header: BackupHeader; payload: Uint8Array } {
  const { header, length, preamble } = parsePreamble(file);
  const check = keyedHash(KEY_CHECK_BYTES, KEY_CHECK_MESSAGE, key);
  if (!check.every((b, i) => header.keyCheck[i] === b)) throw refuse.wrongPassphrase();
  const pull = streamPull(key, file.subarray(length, length + STREAM_HEADER_BYTES));
  const parts: Uint8Array[] = [];
  let at = length + STREAM_HEADER_BYTES;
  for (let n = 1; ; n++) {
    if (at + 4 > file.length) throw refuse.truncated();
    const size = new DataView(file.buffer, file.byteOffset + at, 4).getUint32(0);
    if (size < STREAM_ABYTES || size > MAX_CHUNK) throw refuse.chunkLength(n, size);
    if (at + 4 + size > file.length) throw refuse.truncated();
    const opened = pull(file.subarray(at + 4, at + 4 + size), n === 1 ? preamble : undefined);
    if (!opened) throw refuse.chunk(n);
    at += 4 + size;
    if (opened.final) {
      // A full final block would let a file end on a chunk boundary in two ways; the layout allows one.
      if (opened.message.length >= CHUNK_PLAINTEXT) throw refuse.fullFinal(n);
      if (at !== file.length) throw refuse.trailing();
      parts.push(opened.message);
      return { header, payload: concat(...parts) };
    }
    if (opened.tag !== TAG_MESSAGE) throw refuse.tag(n, opened.tag);
    // Only the last chunk may be short: a short non-final chunk means the file was spliced.
    if (opened.message.length !== CHUNK_PLAINTEXT) throw refuse.shortBlock(n);
    parts.push(opened.message);
  }
}
