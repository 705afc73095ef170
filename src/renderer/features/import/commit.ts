import type { AnyRecord } from '../../../shared/domain';

interface Saver {
  save(records: AnyRecord[]): Promise<void>;
  remove(ids: string[]): Promise<AnyRecord[]>;
}

/**
 * Writes every planned record as ONE repository action (one seal, one Dexie
 * transaction): all of it lands or none of it does. Returns the ids for Undo.
 * `expected` is the count the preview showed: records that do not match it
 * (the worker re-planned or stopped in between) are refused, never half-saved.
 */
export async function commitImport(repository: Saver, records: AnyRecord[], expected = records.length): Promise<string[]> {
  if (records.length !== expected) throw new Error('The preview changed while Cairn was importing; look at it again and import once more.');
  if (records.length === 0) return [];
  await repository.save(records);
  return records.map((r) => r.id);
}

/** Undo: the imported records go again, as one action (nothing the person had was replaced, so nothing returns). */
export async function undoImport(repository: Saver, ids: string[]): Promise<void> {
  if (ids.length > 0) await repository.remove(ids);
}
