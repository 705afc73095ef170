import type { CairnDatabase, Row, StoredRow } from './database';

/** Strict standard base64, as main's encoder wrote it (electron/main/vault/sodium.ts). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const EMPTY = new Uint8Array(0);

/**
 * The bytes of a stored envelope. A row from before binary envelopes holds
 * base64 text: it is decoded here, once per row until it is converted. Text
 * that is not base64 becomes an empty envelope, which main reports as
 * unreadable for that row alone (never a refused batch).
 */
export function envelopeBytes(env: Uint8Array | string): Uint8Array {
  if (typeof env !== 'string') return env;
  if (env.length % 4 !== 0 || !BASE64.test(env)) return EMPTY;
  const binary = atob(env);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const isBase64Era = (row: StoredRow): row is { id: string; env: string } => typeof row.env === 'string';

export const asRow = (row: StoredRow): Row => (isBase64Era(row) ? { id: row.id, env: envelopeBytes(row.env) } : (row as Row));

/** Every stored row as bytes, read in one transaction (for backups and re-encryption, which main opens itself). */
export async function readRows(db: CairnDatabase): Promise<Row[]> {
  const stored = await db.transaction('r', db.rows, () => db.rows.toArray());
  return stored.map(asRow);
}
