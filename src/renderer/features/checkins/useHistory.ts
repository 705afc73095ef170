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

function useTaken(q: Questionnaire): readonly AssessmentRecord[] {
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');
  return q.id === 'phq9' ? phq9 : gad7;
}

/** Every finished taking of one questionnaire, oldest first, scored. Unfinished ones (drafts) are apart. */
export function useHistory(q: Questionnaire): AssessmentEntry[] {
  const records = useTaken(q);
  return useMemo(
    () =>
      historyOf(
        q,
        records.filter((r) => !r.draft),
      ),
    [q, records],
  );
}

/** Questionnaires saved while still being answered, newest first: the person can resume or discard them. */
export function useDrafts(q: Questionnaire): AssessmentRecord[] {
  const records = useTaken(q);
  return useMemo(
    () => records.filter((r) => r.draft).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [records],
  );
}
