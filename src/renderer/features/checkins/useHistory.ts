import { useMemo } from 'react';
import { historyOf, type HistoryEntry } from '../../../shared/clinical/outcomes';
import type { Questionnaire, QuestionnaireId } from '../../../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { useRecords } from '../../db/useRecords';

export const KIND_OF = { phq9: 'assessment.phq9', gad7: 'assessment.gad7' } as const satisfies Record<
  QuestionnaireId,
  AssessmentRecord['kind']
>;

export type AssessmentEntry = HistoryEntry<AssessmentRecord>;

/** Every taking of one questionnaire, oldest first, scored. */
export function useHistory(q: Questionnaire): AssessmentEntry[] {
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');
  const records: readonly AssessmentRecord[] = q.id === 'phq9' ? phq9 : gad7;
  return useMemo(() => historyOf(q, records), [q, records]);
}
