import { useMemo } from 'react';
import { byQuestionnaire, QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { smallWins } from '../../../shared/insights/small-wins';
import { weekReview, winsDayFor, type WeekReview } from '../../../shared/review/week-review';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';

const ASSESSMENT_KINDS = QUESTIONNAIRE_LIST.map((q) => q.kind);

/** The week's review from the records in the store; recomputed only when a kind it reads changes. */
export function useWeekReview(weekStart: string, today: string): WeekReview {
  const checkins = useRecords('journal.checkin');
  const diaryCards = useRecords('therapy.diaryCard');
  const thoughtRecords = useRecords('therapy.thoughtRecord');
  const exposures = useRecords('therapy.exposure');
  const exposureSteps = useRecords('therapy.exposureStep');
  const goals = useRecords('therapy.goal');
  const appointments = useRecords('therapy.appointment');
  // Every registered questionnaire, for its response wins.
  const assessments = useRecordsOfKinds(ASSESSMENT_KINDS);
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');

  return useMemo(() => {
    // Wins as the person would have seen them at the end of that week (or today, for this week).
    const now = { day: winsDayFor(weekStart, today), time: '23:59' };
    const wins = smallWins({ checkins, ...byQuestionnaire(assessments), medications, doses, now });
    return weekReview({ checkins, diaryCards, thoughtRecords, exposures, exposureSteps, goals, appointments, wins }, weekStart);
  }, [weekStart, today, checkins, diaryCards, thoughtRecords, exposures, exposureSteps, goals, appointments, assessments, medications, doses]);
}
