import { useMemo } from 'react';
import { historyOf, type HistoryEntry } from '../../../shared/clinical/outcomes';
import { QUESTIONNAIRE_LIST, questionnaireOfKind, type Questionnaire } from '../../../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';

export type AssessmentEntry = HistoryEntry<AssessmentRecord>;

function useTaken(q: Questionnaire): readonly AssessmentRecord[] {
  return useRecords(q.kind);
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

const newestFirst = (a: AssessmentRecord, b: AssessmentRecord) => b.updatedAt.localeCompare(a.updatedAt);

/** Every registered questionnaire's drafts, each with its questionnaire, in the registry's order and newest first within it. */
export function useAllDrafts(): { q: Questionnaire; r: AssessmentRecord }[] {
  const records = useRecordsOfKinds(QUESTIONNAIRE_LIST.map((q) => q.kind));
  return useMemo(
    () =>
      QUESTIONNAIRE_LIST.flatMap((q) =>
        records
          .filter((r) => r.draft && questionnaireOfKind(r.kind) === q)
          .sort(newestFirst)
          .map((r) => ({ q, r })),
      ),
    [records],
  );
}
