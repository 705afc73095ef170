import { useMemo } from 'react';
import { byQuestionnaire, QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { perDay } from '../../../shared/journal/per-day';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';

const ASSESSMENT_KINDS = QUESTIONNAIRE_LIST.map((q) => q.kind);

/** Every record the insights draw on, straight from the in-memory store. */
export function useInsightsData() {
  // Charts count a day once: a morning and an evening check-in become their average (perDay).
  const stored = useRecords('journal.checkin');
  const checkins = useMemo(() => perDay(stored), [stored]);
  const measures = useRecords('journal.measure');
  const entries = useRecords('journal.entry');
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');
  const sideEffects = useRecords('med.sideEffect');
  const sessions = useRecords('therapy.session');
  const goals = useRecords('therapy.goal');
  const exposures = useRecords('therapy.exposure');
  const thoughtRecords = useRecords('therapy.thoughtRecord');
  /** Every registered questionnaire's records, for the views that iterate the registry. */
  const assessments = useRecordsOfKinds(ASSESSMENT_KINDS);
  const perQuestionnaire = useMemo(() => byQuestionnaire(assessments), [assessments]);

  // "All time" starts at the earliest dated record.
  const earliest = useMemo(() => {
    const days = [
      ...checkins.map((r) => r.date),
      ...entries.map((r) => r.date),
      ...doses.map((r) => r.date),
      ...sideEffects.map((r) => r.date),
      ...sessions.map((r) => r.date),
      ...exposures.map((r) => r.date),
      ...thoughtRecords.map((r) => r.date),
      ...assessments.map((r) => r.date),
      ...medications.flatMap((m) => m.steps.map((s) => s.date)),
      ...goals.map((g) => g.startDate),
    ];
    return days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
  }, [checkins, entries, doses, sideEffects, sessions, exposures, thoughtRecords, assessments, medications, goals]);

  return { checkins, measures, entries, medications, doses, sideEffects, sessions, goals, exposures, thoughtRecords, ...perQuestionnaire, assessments, earliest };
}

export type InsightsData = ReturnType<typeof useInsightsData>;
