/**
 * SHA-256 (hex) of a stored envelope's text: how the sealed manifest names a
 * row's version (electron/main/vault/manifest.ts computes the same in main).
 * WebCrypto, so hashing ten years of rows costs a few tens of milliseconds.
 */
export async function rowHash(env: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(env)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export const hashRows = (rows: readonly { id: string; env: string }[]) =>
  Promise.all(rows.map(async ({ id, env }) => ({ id, hash: await rowHash(env) })));
