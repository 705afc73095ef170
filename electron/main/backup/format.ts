import { z } from 'zod';
import { ServiceError } from '../dispatch';
import { checkKdfParams, DEFAULT_KDF, type KdfParams } from '../vault/header';
import { fromBase64, plainHash, SALT_BYTES, STREAM_ABYTES, STREAM_HEADER_BYTES, toBase64 } from '../vault/sodium';

/*
 * The .cairnbackup byte layout, specified in docs/backup-format.md (keep the
 * two in step). Every multi-byte integer is big-endian.
 *
 *   magic "CAIRNBAK" (8) | header length L (u32) | header JSON (L)
 *   | BLAKE2b-256 of the preceding bytes (32) | secretstream header (24)
 *   | chunks: length n (u32, 17..65553) + n bytes, the last one tagged FINAL
 */
export const MAGIC = new TextEncoder().encode('CAIRNBAK');
export const BACKUP_FORMAT = 'cairn-backup';
export const BACKUP_VERSION = 1;
export const CHUNK_PLAINTEXT = 64 * 1024;
export const MAX_CHUNK = CHUNK_PLAINTEXT + STREAM_ABYTES;
export const HEADER_HASH_BYTES = 32;
export const KEY_CHECK_BYTES = 16;
export const KEY_CHECK_MESSAGE = new TextEncoder().encode('cairn-backup key check v1');
/** A header is a few hundred bytes; anything far larger is not ours. */
export const MAX_HEADER = 16 * 1024;

export interface BackupHeader {
  kdf: KdfParams & { salt: Uint8Array };
  keyCheck: Uint8Array;
  createdAt: string;
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  kdf: z.strictObject({ alg: z.literal('argon2id13'), opslimit: z.number().int(), memlimit: z.number().int(), salt: b64 }),
  keyCheck: b64,
  createdAt: z.iso.datetime(),
});

export const refuse = {
  notBackup: () => new ServiceError('invalid_request', 'This file is not a Cairn backup.'),
  newer: (v: number) =>
    new ServiceError('invalid_request', `This backup was made by a newer version of Cairn (format ${v}). Update Cairn to restore it.`),
  header: () => new ServiceError('tampered', 'The backup is damaged: its header does not match its checksum.'),
  wrongPassphrase: () => new ServiceError('wrong_secret', 'That passphrase does not open this backup.'),
  truncated: () => new ServiceError('tampered', 'The backup is incomplete: the file ends before its final block. It may have been cut short while copying.'),
  chunk: (n: number) => new ServiceError('tampered', `The backup is damaged: block ${n} failed its integrity check.`),
  trailing: () => new ServiceError('tampered', 'The backup has unexpected data after its final block; it was altered or joined with another file.'),
};

const u32 = (n: number) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
};

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** The bytes before the secretstream header; they are also the first chunk's associated data. */
export function encodePreamble(header: BackupHeader): Uint8Array {
  const json = new TextEncoder().encode(
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      kdf: { alg: 'argon2id13', opslimit: header.kdf.opslimit, memlimit: header.kdf.memlimit, salt: toBase64(header.kdf.salt) },
      keyCheck: toBase64(header.keyCheck),
      createdAt: header.createdAt,
    }),
  );
  const head = concat(MAGIC, u32(json.length), json);
  return concat(head, plainHash(HEADER_HASH_BYTES, head));
}

export interface ParsedPreamble {
  header: BackupHeader;
  /** Length of the preamble; the secretstream header follows it. */
  length: number;
  preamble: Uint8Array;
}

/** Parses and bounds the header before any key derivation can run. */
export function parsePreamble(file: Uint8Array): ParsedPreamble {
  if (file.length < MAGIC.length || !MAGIC.every((b, i) => file[i] === b)) throw refuse.notBackup();
  if (file.length < MAGIC.length + 4) throw refuse.truncated();
  const jsonLength = new DataView(file.buffer, file.byteOffset + MAGIC.length, 4).getUint32(0);
  if (jsonLength > MAX_HEADER) throw refuse.header();
  const headEnd = MAGIC.length + 4 + jsonLength;
  const length = headEnd + HEADER_HASH_BYTES;
  if (file.length < length + STREAM_HEADER_BYTES) throw refuse.truncated();
  const head = file.subarray(0, headEnd);
  const expected = plainHash(HEADER_HASH_BYTES, head);
  if (!expected.every((b, i) => file[headEnd + i] === b)) throw refuse.header();

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(MAGIC.length + 4)));
  } catch {
    throw refuse.header();
  }
  const version = (raw as { version?: unknown })?.version;
  if (typeof version === 'number' && version > BACKUP_VERSION) throw refuse.newer(version);
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw refuse.header();
  const { kdf, keyCheck, createdAt } = parsed.data;
  const salt = fromBase64(kdf.salt);
  const check = fromBase64(keyCheck);
  if (!salt || salt.length !== SALT_BYTES || !check || check.length !== KEY_CHECK_BYTES) throw refuse.header();
  try {
    checkKdfParams(kdf);
  } catch {
    throw new ServiceError('tampered', "The backup's key settings are outside Cairn's limits, so it was not opened. The file is damaged or was not made by Cairn.");
  }
  return { header: { kdf: { ...kdf, salt }, keyCheck: check, createdAt }, length, preamble: file.subarray(0, length) };
}

export { DEFAULT_KDF, concat, u32 };
