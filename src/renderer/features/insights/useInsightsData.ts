import { useMemo } from 'react';
import { perDay } from '../../../shared/journal/per-day';
import { useRecords } from '../../db/useRecords';

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
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');

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
      ...phq9.map((r) => r.date),
      ...gad7.map((r) => r.date),
      ...medications.flatMap((m) => m.steps.map((s) => s.date)),
      ...goals.map((g) => g.startDate),
    ];
    return days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
  }, [checkins, entries, doses, sideEffects, sessions, exposures, thoughtRecords, phq9, gad7, medications, goals]);

  return { checkins, measures, entries, medications, doses, sideEffects, sessions, goals, exposures, thoughtRecords, phq9, gad7, earliest };
}

export type InsightsData = ReturnType<typeof useInsightsData>;
