import type { AssessmentRecord } from '../domain/assessment';
import { historyOf } from '../clinical/outcomes';
import type { Questionnaire } from '../clinical/questionnaires';
import type { Reading } from './before-after';

/**
 * Complete questionnaire totals as dated readings, scored by the clinical
 * module. Incomplete takings have no total, so they are not readings.
 */
export function scoreReadings(q: Questionnaire, records: readonly AssessmentRecord[]): Reading[] {
  return historyOf(q, records).flatMap((e) => (e.score.complete ? [{ day: e.taken.date, value: e.score.total }] : []));
}
