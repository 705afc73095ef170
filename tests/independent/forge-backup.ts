import sodium from 'libsodium-wrappers-sumo';

/*
 * Builds .cairnbackup files byte by byte from docs/backup-format.md, with one
 * chosen defect each, so every reader's refusals can be tested. It uses
 * libsodium directly (not Cairn's writer), so it can do what Cairn never
 * would: PUSH or REKEY tags, a full final block, odd header JSON.
 */

export const FORGE_PASS = 'forged backup passphrase';
export const FORGE_KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const CHUNK = 65536;
const TAG = { message: 0, push: 1, rekey: 2, final: 3 } as const;
export type Tag = keyof typeof TAG;

export interface ForgeOptions {
  /** Changes to the header object before it is encoded (after the real fields are filled in). */
  header?: (header: Record<string, unknown>) => unknown;
  /** Raw header bytes instead of JSON (not JSON, not UTF-8). */
  headerBytes?: Uint8Array;
  /** Overrides the length field (the checksum still covers what is written). */
  headerLength?: number;
  /** Damages the checksum. */
  badChecksum?: boolean;
  /** The payload text; default: a valid one-record payload. */
  payload?: string;
  /** How the payload is cut into chunks: sizes and tags; default: 64 KiB MESSAGE chunks then a short FINAL. */
  chunks?: (payload: Uint8Array) => { bytes: Uint8Array; tag: Tag }[];
}

const u32 = (n: number) => Buffer.from([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

let salt: Uint8Array;
let key: Uint8Array;

export async function forgeReady(): Promise<void> {
  await sodium.ready;
  salt ??= sodium.randombytes_buf(16);
  key ??= sodium.crypto_pwhash(32, Buffer.from(FORGE_PASS.normalize('NFC')), salt, FORGE_KDF.opslimit, FORGE_KDF.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

export function payloadText(records: { id: string; kind: string; [k: string]: unknown }[], manifestPatch: Record<string, unknown> = {}, endPatch: Record<string, unknown> = {}): string {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const manifest = { type: 'manifest', version: 1, app: 'Cairn forge', createdAt: '2026-11-25T10:00:00.000Z', counts, total: records.length, dateRange: null, ...manifestPatch };
  const lines = [manifest, ...records.map((record) => ({ type: 'record', record })), { type: 'end', total: records.length, ...endPatch }];
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}

export const sampleRecord = (id = 'r1') => ({
  id,
  kind: 'journal.entry',
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  date: '2026-11-25',
  time: '09:00',
  title: 'Forged',
  body: 'A day.',
  tags: [],
  shareWithProvider: false,
});

export const defaultChunks = (payload: Uint8Array): { bytes: Uint8Array; tag: Tag }[] => {
  const out: { bytes: Uint8Array; tag: Tag }[] = [];
  let at = 0;
  while (payload.length - at >= CHUNK) {
    out.push({ bytes: payload.subarray(at, at + CHUNK), tag: 'message' });
    at += CHUNK;
  }
  out.push({ bytes: payload.subarray(at), tag: 'final' });
  return out;
};

export function forge(options: ForgeOptions = {}): Uint8Array {
  const base: Record<string, unknown> = {
    format: 'cairn-backup',
    version: 1,
    kdf: { alg: 'argon2id13', ...FORGE_KDF, salt: Buffer.from(salt).toString('base64') },
    keyCheck: Buffer.from(sodium.crypto_generichash(16, Buffer.from('cairn-backup key check v1'), key)).toString('base64'),
    createdAt: '2026-11-25T10:00:00.000Z',
  };
  const json = options.headerBytes ?? Buffer.from(JSON.stringify(options.header ? options.header(base) : base));
  const head = Buffer.concat([Buffer.from('CAIRNBAK'), u32(options.headerLength ?? json.length), json]);
  const checksum = Buffer.from(sodium.crypto_generichash(32, head, null));
  if (options.badChecksum) checksum[0]! ^= 1;
  const preamble = Buffer.concat([head, checksum]);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const payload = Buffer.from(options.payload ?? payloadText([sampleRecord()]));
  const parts: Buffer[] = [preamble, Buffer.from(header)];
  (options.chunks ?? defaultChunks)(payload).forEach(({ bytes, tag }, i) => {
    const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, bytes, i === 0 ? preamble : null, TAG[tag]);
    parts.push(u32(sealed.length), Buffer.from(sealed));
  });
  return new Uint8Array(Buffer.concat(parts));
}
