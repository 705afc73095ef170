import { z } from 'zod';
import { journalEntry } from './journal';
import { settingsRecord } from './settings';

/** Every record kind Cairn stores. Add a kind here and the repository accepts it. */
export const anyRecord = z.discriminatedUnion('kind', [journalEntry, settingsRecord]);

export type AnyRecord = z.output<typeof anyRecord>;
export type RecordKind = AnyRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;

/** Records with a day are grouped by month; the rest share one segment per kind. */
export function segmentOf(record: AnyRecord): string {
  const day = 'date' in record ? record.date : undefined;
  return day ? `${record.kind}:${day.slice(0, 7)}` : `${record.kind}:undated`;
}
