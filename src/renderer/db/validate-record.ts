import { anyRecord, type AnyRecord } from '../../shared/domain';

/** Validation happens on write (and on import), with messages a person can act on. */
export function validateRecord(record: unknown): AnyRecord {
  const result = anyRecord.safeParse(record);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(first?.message ?? 'This record is not valid.');
  }
  return result.data;
}
