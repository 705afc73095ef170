import { useMemo } from 'react';
import type { SummaryInput } from '../../../shared/summary/build';
import { useRecords } from '../../db/useRecords';

/** Every record kind the summary reads, from the unlocked in-memory store. */
export function useSummaryInput(): SummaryInput {
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');
  const sideEffects = useRecords('med.sideEffect');
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');
  const checkins = useRecords('journal.checkin');
  const sessions = useRecords('therapy.session');
  const goals = useRecords('therapy.goal');
  const thoughtRecords = useRecords('therapy.thoughtRecord');
  const diaryCards = useRecords('therapy.diaryCard');
  const exposures = useRecords('therapy.exposure');
  const practice = useRecords('therapy.practice');
  const emdrLogs = useRecords('therapy.emdrLog');
  const emdrResources = useRecords('therapy.emdrResource');
  const emdrTargets = useRecords('therapy.emdrTarget');
  const appointments = useRecords('therapy.appointment');
  const entries = useRecords('journal.entry');
  const reachOuts = useRecords('safety.reachOut');
  const measures = useRecords('journal.measure');
  return useMemo(
    () => ({ medications, doses, sideEffects, phq9, gad7, checkins, sessions, goals, thoughtRecords, diaryCards, exposures, practice, emdrLogs, emdrResources, emdrTargets, appointments, entries, reachOuts, measures }),
    [medications, doses, sideEffects, phq9, gad7, checkins, sessions, goals, thoughtRecords, diaryCards, exposures, practice, emdrLogs, emdrResources, emdrTargets, appointments, entries, reachOuts, measures],
  );
}
