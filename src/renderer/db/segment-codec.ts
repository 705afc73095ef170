import { anyRecord, type AnyRecord } from '../../shared/domain';

const SEGMENT_VERSION = 1;

/** A segment's plaintext: versioned so later releases can migrate old layouts on load. */
export function encodeSegment(records: AnyRecord[]): string {
  return JSON.stringify({ v: SEGMENT_VERSION, records });
}

/**
 * AEAD has already proved these bytes are Cairn's own, so only the version is
 * checked here (ARCHITECTURE.md: migrate rather than re-validate every field).
 */
export function decodeSegment(data: string): AnyRecord[] {
  const parsed = JSON.parse(data) as { v: number; records: unknown[] };
  if (parsed.v !== SEGMENT_VERSION) {
    throw new Error(`This data was written by a newer version of Cairn (segment format ${parsed.v}).`);
  }
  return parsed.records as AnyRecord[];
}

/** Validation happens on write (and on import), with messages a person can act on. */
export function validateRecord(record: unknown): AnyRecord {
  const result = anyRecord.safeParse(record);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(first?.message ?? 'This record is not valid.');
  }
  return result.data;
}
