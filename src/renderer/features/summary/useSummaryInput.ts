import { useMemo } from 'react';
import { byQuestionnaire, QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import type { AssessmentsById, SummaryInput } from '../../../shared/summary/build';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';

/** Every record kind the summary reads, from the unlocked in-memory store. */
export function useSummaryInput(): SummaryInput {
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');
  const sideEffects = useRecords('med.sideEffect');
  const assessments = useRecordsOfKinds(QUESTIONNAIRE_LIST.map((q) => q.kind));
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
    () => ({ medications, doses, sideEffects, ...(byQuestionnaire(assessments) as AssessmentsById), checkins, sessions, goals, thoughtRecords, diaryCards, exposures, practice, emdrLogs, emdrResources, emdrTargets, appointments, entries, reachOuts, measures }),
    [medications, doses, sideEffects, assessments, checkins, sessions, goals, thoughtRecords, diaryCards, exposures, practice, emdrLogs, emdrResources, emdrTargets, appointments, entries, reachOuts, measures],
  );
}
