import type { StoredRow } from './database';

const toHex = (digest: ArrayBuffer) => {
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
};

/**
 * SHA-256 (hex) of a row as stored: how the sealed manifest names a row's
 * version (electron/main/vault/manifest.ts computes the same in main). Of the
 * envelope's bytes; of its text for a row still stored as base64 from before
 * binary envelopes, which is what the manifests of that time list, so a
 * row's hash always covers exactly what IndexedDB holds.
 * WebCrypto, so hashing ten years of rows costs a few tens of milliseconds.
 */
export async function rowHash(env: Uint8Array | string): Promise<string> {
  const data = typeof env === 'string' ? new TextEncoder().encode(env) : env;
  return toHex(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
}

export const hashRows = (rows: readonly StoredRow[]) => Promise.all(rows.map(async ({ id, env }) => ({ id, hash: await rowHash(env) })));
