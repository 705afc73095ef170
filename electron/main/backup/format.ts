import { ServiceError } from '../dispatch';
import { checkKdfParams, DEFAULT_KDF, type KdfParams } from '../vault/header';
import { fromBase64, plainHash, SALT_BYTES, STREAM_ABYTES, STREAM_HEADER_BYTES, toBase64 } from '../vault/sodium';

/*
 * The .cairnbackup byte layout, specified in docs/backup-format.md (keep the
 * two in step; "What a reader must refuse" there lists every check below, and
 * scripts/decrypt-backup.mjs and tests/independent/decrypt_backup.py make the
 * same ones). Every multi-byte integer is big-endian.
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

/** ISO 8601 UTC with optional milliseconds, as Date.prototype.toISOString writes it. */
const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const HEADER_FIELDS = ['format', 'version', 'kdf', 'keyCheck', 'createdAt'];
const KDF_FIELDS = ['alg', 'opslimit', 'memlimit', 'salt'];

const damaged = (why: string) => new ServiceError('tampered', `The backup is damaged or was not made by Cairn: ${why}.`);

/** Each refusal names its real cause (a checksum mismatch is only one of them). */
export const refuse = {
  notBackup: () => new ServiceError('invalid_request', 'This file is not a Cairn backup.'),
  newer: (v: number) =>
    new ServiceError('invalid_request', `This backup was made by a newer version of Cairn (format ${v}). Update Cairn to restore it.`),
  headerLength: (n: number) => damaged(`its header length (${n.toLocaleString('en')} bytes) is over the 16,384-byte limit`),
  checksum: () => new ServiceError('tampered', 'The backup is damaged: its header does not match its checksum.'),
  headerJson: () => damaged('its header is not a JSON object in UTF-8'),
  unknownField: (name: string) => damaged(`its header has an unknown field "${name}"`),
  field: (name: string, why: string) => damaged(`the header field "${name}" ${why}`),
  kdfBounds: () =>
    new ServiceError('tampered', "The backup's key settings are outside Cairn's limits, so it was not opened. The file is damaged or was not made by Cairn."),
  wrongPassphrase: () => new ServiceError('wrong_secret', 'That passphrase does not open this backup.'),
  truncated: () => new ServiceError('tampered', 'The backup is incomplete: the file ends before its final block. It may have been cut short while copying.'),
  chunk: (n: number) => new ServiceError('tampered', `The backup is damaged: block ${n} failed its integrity check.`),
  chunkLength: (n: number, size: number) => damaged(`block ${n} has a length of ${size} bytes, outside 17–65,553`),
  shortBlock: (n: number) => damaged(`block ${n} is not the last block but holds less than 64 KiB`),
  fullFinal: (n: number) => damaged(`the final block (${n}) holds 65,536 bytes; a final block must be shorter`),
  tag: (n: number, tag: number) => damaged(`block ${n} carries stream tag ${tag}; only MESSAGE (0) and a closing FINAL (3) are allowed`),
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Standard base64 with padding whose re-encoding is the same text (no stray bits, one spelling per value). */
function canonicalBytes(name: string, value: unknown, bytes: number): Uint8Array {
  if (typeof value !== 'string') throw refuse.field(name, 'is not a string');
  const decoded = fromBase64(value);
  if (!decoded || toBase64(decoded) !== value) throw refuse.field(name, 'is not canonical base64');
  if (decoded.length !== bytes) throw refuse.field(name, `is not ${bytes} bytes`);
  return decoded;
}

function onlyKnown(object: Record<string, unknown>, known: string[], prefix: string): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) throw refuse.unknownField(`${prefix}${key}`);
  for (const key of known) if (!(key in object)) throw refuse.field(`${prefix}${key}`, 'is missing');
}

/** Validates the decoded header JSON field by field, so the refusal says which one is wrong. */
export function parseHeaderJson(raw: unknown): BackupHeader {
  if (!isObject(raw)) throw refuse.headerJson();
  // The version first: a newer Cairn may add fields this one does not know.
  const { version } = raw;
  if (!Number.isSafeInteger(version)) throw refuse.field('version', 'is not a whole number');
  if ((version as number) > BACKUP_VERSION) throw refuse.newer(version as number);
  if ((version as number) < 1) throw refuse.field('version', `is ${String(version)}; versions start at 1`);
  onlyKnown(raw, HEADER_FIELDS, '');
  if (raw.format !== BACKUP_FORMAT) throw refuse.field('format', `is not "${BACKUP_FORMAT}"`);
  const kdf = raw.kdf;
  if (!isObject(kdf)) throw refuse.field('kdf', 'is not an object');
  onlyKnown(kdf, KDF_FIELDS, 'kdf.');
  if (kdf.alg !== 'argon2id13') throw refuse.field('kdf.alg', 'is not "argon2id13"');
  const { opslimit, memlimit } = kdf;
  if (!Number.isSafeInteger(opslimit)) throw refuse.field('kdf.opslimit', 'is not a whole number');
  if (!Number.isSafeInteger(memlimit)) throw refuse.field('kdf.memlimit', 'is not a whole number');
  try {
    checkKdfParams({ opslimit: opslimit as number, memlimit: memlimit as number });
  } catch {
    throw refuse.kdfBounds();
  }
  const salt = canonicalBytes('kdf.salt', kdf.salt, SALT_BYTES);
  const keyCheck = canonicalBytes('keyCheck', raw.keyCheck, KEY_CHECK_BYTES);
  const createdAt = raw.createdAt;
  if (typeof createdAt !== 'string' || !CREATED_AT.test(createdAt) || Number.isNaN(Date.parse(createdAt))) {
    throw refuse.field('createdAt', 'is not a UTC time like 2026-11-25T10:00:00.000Z');
  }
  return { kdf: { opslimit: opslimit as number, memlimit: memlimit as number, salt }, keyCheck, createdAt };
}

/** Parses and bounds the header before any key derivation can run. */
export function parsePreamble(file: Uint8Array): ParsedPreamble {
  if (file.length < MAGIC.length || !MAGIC.every((b, i) => file[i] === b)) throw refuse.notBackup();
  if (file.length < MAGIC.length + 4) throw refuse.truncated();
  const jsonLength = new DataView(file.buffer, file.byteOffset + MAGIC.length, 4).getUint32(0);
  if (jsonLength > MAX_HEADER) throw refuse.headerLength(jsonLength);
  const headEnd = MAGIC.length + 4 + jsonLength;
  const length = headEnd + HEADER_HASH_BYTES;
  if (file.length < length + STREAM_HEADER_BYTES) throw refuse.truncated();
  const head = file.subarray(0, headEnd);
  const expected = plainHash(HEADER_HASH_BYTES, head);
  if (!expected.every((b, i) => file[headEnd + i] === b)) throw refuse.checksum();

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(MAGIC.length + 4)));
  } catch {
    throw refuse.headerJson();
  }
  return { header: parseHeaderJson(raw), length, preamble: file.subarray(0, length) };
}

export { DEFAULT_KDF, concat, u32 };
