import type { CairnApi } from '../../shared/contract';
import type { CairnDatabase, Row } from './database';
import { readRows } from './stored-envelope';

export type RekeyApi = Pick<CairnApi, 'vault.rekeyStart' | 'vault.rekeyRows' | 'vault.rekeyManifest' | 'vault.rekeyCommit' | 'vault.rekeyTidy'>;

export interface RekeyProgress {
  /** checking: the passphrase and new key (Argon2); sealing: rows re-sealed so far; switching: vault.json and old rows. */
  step: 'checking' | 'sealing' | 'switching';
  done: number;
  total: number;
}

/** Rows per vault.rekeyRows call: small enough for the progress bar to move. */
const BATCH = 50;

async function call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/**
 * The page's half of re-encrypting under a new data key (the order, and why
 * each stop is safe, is in electron/main/vault/rekey.ts). The new rows are
 * added in ONE transaction beside the old ones; only after main has switched
 * vault.json are the old rows deleted, in one more.
 */
export async function reencryptRows(
  api: RekeyApi,
  db: CairnDatabase,
  passphrase: string,
  onProgress?: (progress: RekeyProgress) => void,
): Promise<{ recoveryKey: string }> {
  onProgress?.({ step: 'checking', done: 0, total: 0 });
  await call(api['vault.rekeyStart']({ passphrase }));
  const old = await readRows(db);
  const fresh: Row[] = [];
  onProgress?.({ step: 'sealing', done: 0, total: old.length });
  for (let start = 0; start < old.length; start += BATCH) {
    const { rows } = await call(api['vault.rekeyRows']({ rows: old.slice(start, start + BATCH) }));
    fresh.push(...rows);
    onProgress?.({ step: 'sealing', done: Math.min(start + BATCH, old.length), total: old.length });
  }
  onProgress?.({ step: 'switching', done: old.length, total: old.length });
  // The new key's manifest goes in with the new rows: a crash after this transaction leaves both or neither.
  const { manifest } = await call(api['vault.rekeyManifest']({}));
  await db.transaction('rw', db.rows, () => db.rows.bulkPut([...fresh, manifest]));
  const { recoveryKey } = await call(api['vault.rekeyCommit']({}));
  // Switched: from here a failure must not hide the new recovery key; the next load deletes what is left.
  try {
    const kept = new Set([...fresh, manifest].map((row) => row.id));
    const stale = old.map((row) => row.id).filter((id) => !kept.has(id));
    await db.transaction('rw', db.rows, () => db.rows.bulkDelete(stale));
    await call(api['vault.rekeyTidy']({}));
  } catch {
    // Left for the reload that follows (Repository.rekey) or the next unlock.
  }
  return { recoveryKey };
}
