import type { AnyRecord } from '../../../shared/domain';

interface Saver {
  save(records: AnyRecord[]): Promise<void>;
  remove(ids: string[]): Promise<AnyRecord[]>;
}

/**
 * Writes every planned record as ONE repository action (one seal, one Dexie
 * transaction): all of it lands or none of it does. Returns the ids for Undo.
 */
export async function commitImport(repository: Saver, records: AnyRecord[]): Promise<string[]> {
  if (records.length === 0) return [];
  await repository.save(records);
  return records.map((r) => r.id);
}

/** Undo: the imported records go again, as one action (nothing the person had was replaced, so nothing returns). */
export async function undoImport(repository: Saver, ids: string[]): Promise<void> {
  if (ids.length > 0) await repository.remove(ids);
}
