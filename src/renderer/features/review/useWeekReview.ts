import { useMemo } from 'react';
import { smallWins } from '../../../shared/insights/small-wins';
import { weekReview, winsDayFor, type WeekReview } from '../../../shared/review/week-review';
import { useRecords } from '../../db/useRecords';

/** The week's review from the records in the store; recomputed only when a kind it reads changes. */
export function useWeekReview(weekStart: string, today: string): WeekReview {
  const checkins = useRecords('journal.checkin');
  const diaryCards = useRecords('therapy.diaryCard');
  const thoughtRecords = useRecords('therapy.thoughtRecord');
  const exposures = useRecords('therapy.exposure');
  const exposureSteps = useRecords('therapy.exposureStep');
  const goals = useRecords('therapy.goal');
  const appointments = useRecords('therapy.appointment');
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');

  return useMemo(() => {
    // Wins as the person would have seen them at the end of that week (or today, for this week).
    const now = { day: winsDayFor(weekStart, today), time: '23:59' };
    const wins = smallWins({ checkins, phq9, gad7, medications, doses, now });
    return weekReview({ checkins, diaryCards, thoughtRecords, exposures, exposureSteps, goals, appointments, wins }, weekStart);
  }, [weekStart, today, checkins, diaryCards, thoughtRecords, exposures, exposureSteps, goals, appointments, phq9, gad7, medications, doses]);
}
