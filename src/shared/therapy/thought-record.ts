import type { TherapyThoughtRecord } from '../domain/therapy';

/** Intensity after minus before (negative = the emotion was less intense); null until "after" is filled in. */
export function intensityChange(record: Pick<TherapyThoughtRecord, 'intensityBefore' | 'intensityAfter'>): number | null {
  return record.intensityAfter === undefined ? null : record.intensityAfter - record.intensityBefore;
}
