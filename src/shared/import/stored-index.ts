import type { StoredLookup } from './plan';

/**
 * What the import worker needs to know of what is stored, small enough to
 * send it: each check-in's id with the row hash it was imported from (null
 * when the person made it), and the ids of imported journal entries.
 */
export interface StoredIndex {
  checkins: [id: string, rowHash: string | null][];
  entries: string[];
}

export function storedIndex(
  checkins: readonly { id: string; import?: { rowHash: string } }[],
  entries: readonly { id: string; import?: { rowHash: string } }[],
): StoredIndex {
  return {
    checkins: checkins.map((c) => [c.id, c.import?.rowHash ?? null]),
    entries: entries.filter((e) => e.import).map((e) => e.id),
  };
}

export function lookupFrom(index: StoredIndex): StoredLookup {
  const checkins = new Map(index.checkins);
  const entries = new Set(index.entries);
  return (id) => {
    const hash = checkins.get(id);
    if (hash !== undefined) return { kind: 'journal.checkin', ...(hash ? { import: { rowHash: hash } } : {}) };
    return entries.has(id) ? { kind: 'journal.entry' } : undefined;
  };
}
