/**
 * The one place a record's id and timestamps are made, so every feature stamps
 * records the same way (ISO-8601 UTC instants, random UUIDs) and a test can
 * find every writer by this import.
 */

/** Now, as the ISO-8601 instant stored in createdAt/updatedAt. */
export const stampNow = (): string => new Date().toISOString();

/** A fresh random id for a record or a part of one (a step, a question). */
export const newId = (): string => crypto.randomUUID();

/** Fields a new record needs, or the old id and createdAt kept when editing. */
export function recordStamp(existing?: { id: string; createdAt: string }): { id: string; createdAt: string; updatedAt: string } {
  const now = stampNow();
  return { id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? now, updatedAt: now };
}

/** The same record, marked as changed now. */
export const touched = <T extends { updatedAt: string }>(record: T): T => ({ ...record, updatedAt: stampNow() });
