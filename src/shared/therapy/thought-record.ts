import type { AutomaticThoughtItem, TherapyThoughtRecord, ThoughtMood } from '../domain/therapy';

/** Intensity after minus before (negative = the emotion was less intense); null until "after" is filled in. */
export function intensityChange(record: { intensityBefore: number; intensityAfter?: number | undefined }): number | null {
  return record.intensityAfter === undefined ? null : record.intensityAfter - record.intensityBefore;
}

export interface ThoughtRecordColumns {
  moods: ThoughtMood[];
  thoughts: AutomaticThoughtItem[];
}

/**
 * The moods and automatic thoughts of a record in the seven-column shape,
 * whichever shape it was written in: a format-1 record's one emotion becomes
 * one mood (its "after" as the re-rating) and its one thought one automatic thought (not marked hot: the person never said so).
 */
export function thoughtRecordColumns(record: TherapyThoughtRecord): ThoughtRecordColumns {
  const moods =
    record.moods ??
    (record.emotion
      ? [{ name: record.emotion, intensity: record.intensityBefore ?? 0, ...(record.intensityAfter === undefined ? {} : { rerated: record.intensityAfter }) }]
      : []);
  const thoughts = record.thoughts ?? (record.automaticThought ? [{ text: record.automaticThought, hot: false }] : []);
  return { moods, thoughts };
}

/** The thought the person marked as the hot thought, if they marked one. */
export const hotThought = (columns: ThoughtRecordColumns): AutomaticThoughtItem | undefined => columns.thoughts.find((t) => t.hot);

/** Each mood's re-rating minus its first rating; null for a mood not yet re-rated. */
export function moodChanges(columns: ThoughtRecordColumns): { name: string; before: number; after: number | null; change: number | null }[] {
  return columns.moods.map((m) => ({
    name: m.name,
    before: m.intensity,
    after: m.rerated ?? null,
    change: m.rerated === undefined ? null : m.rerated - m.intensity,
  }));
}
