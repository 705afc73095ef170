import { historyOf, outcomesOf, type Taken } from '../clinical/outcomes';
import { QUESTIONNAIRE_LIST, type Questionnaire, type QuestionnaireId } from '../clinical/questionnaires';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { DoseLog } from '../domain/medication';
import { adherence } from '../medication/adherence';
import { addDays, daysBetween } from '../medication/days';
import type { LocalNow, TrackedMed } from '../medication/doses';
import { mean } from './series';

/*
 * Small wins (CLINICAL.md "Patterns"): the person's own improvements against
 * their own recent past, in plain warm words. Never against other people,
 * never a lost streak, silent when data is thin, and a worsening is simply
 * not mentioned.
 */

/** CLINICAL.md's example: sleep over 14 days against the 14 days before. */
export const SLEEP_WINDOW_DAYS = 14;
/** Fewer nights than this in either fortnight is too thin to compare (half the window). */
export const SLEEP_MIN_NIGHTS = 7;
/** A rise smaller than half an hour is within a night's ordinary wobble, so it is not called a win. */
export const SLEEP_MIN_GAIN_HOURS = 0.5;
/** A run of check-ins is mentioned from three days on; one or two days is not yet a run. */
export const STREAK_MIN_DAYS = 3;
/** A questionnaire response is mentioned while its latest score is this recent; older news is not "new". */
export const RESPONSE_RECENT_DAYS = 28;
/** "A week of doses": the seven whole days before today. */
export const DOSE_WEEK_DAYS = 7;

export type WinKind = 'sleep' | `${QuestionnaireId}Response` | 'checkinStreak' | 'doseWeek';

export interface SmallWin {
  kind: WinKind;
  text: string;
}

/** Each registered questionnaire's takings under its id (phq9, …). */
type TakenById = { readonly [Id in QuestionnaireId]: readonly Taken[] };

export interface WinsInput extends TakenById {
  checkins: readonly Pick<JournalCheckin, 'date' | 'sleepHours'>[];
  medications: readonly TrackedMed[];
  doses: readonly DoseLog[];
  now: LocalNow;
}

const hours = (n: number) => String(Math.round(n * 10) / 10);

export function smallWins(input: WinsInput): SmallWin[] {
  return [
    sleepWin(input),
    ...QUESTIONNAIRE_LIST.map((q) => responseWin(q, `${q.id}Response`, input[q.id], input.now.day)),
    streakWin(input),
    doseWeekWin(input),
  ].filter((w): w is SmallWin => w !== null);
}

function sleepWin({ checkins, now }: WinsInput): SmallWin | null {
  const recentFrom = addDays(now.day, -(SLEEP_WINDOW_DAYS - 1));
  const beforeFrom = addDays(recentFrom, -SLEEP_WINDOW_DAYS);
  const nights = (from: string, to: string) =>
    checkins.filter((c) => c.date >= from && c.date <= to && c.sleepHours !== undefined).map((c) => c.sleepHours!);
  const recent = nights(recentFrom, now.day);
  const before = nights(beforeFrom, addDays(recentFrom, -1));
  if (recent.length < SLEEP_MIN_NIGHTS || before.length < SLEEP_MIN_NIGHTS) return null;
  const recentMean = mean(recent)!;
  const beforeMean = mean(before)!;
  if (recentMean - beforeMean < SLEEP_MIN_GAIN_HOURS) return null;
  return {
    kind: 'sleep',
    text: `You slept ${hours(recentMean)} hours a night on average over the last two weeks, up from ${hours(beforeMean)} the two weeks before.`,
  };
}

function responseWin(q: Questionnaire, kind: WinKind, taken: readonly Taken[], today: string): SmallWin | null {
  const outcomes = outcomesOf(q, historyOf(q, taken), { from: null, to: today });
  if (outcomes.response !== true || !outcomes.baseline || !outcomes.latest) return null;
  if (daysBetween(outcomes.latest.entry.taken.date, today) > RESPONSE_RECENT_DAYS) return null;
  return {
    kind,
    text: `Your latest ${q.name} total, ${outcomes.latest.total}, is half or less of your starting score of ${outcomes.baseline.total}.`,
  };
}

function streakWin({ checkins, now }: WinsInput): SmallWin | null {
  const days = new Set(checkins.map((c) => c.date));
  // Today may simply not be checked in yet: a run up to yesterday still counts, and nothing is said about today.
  let day = days.has(now.day) ? now.day : addDays(now.day, -1);
  let run = 0;
  while (days.has(day)) {
    run++;
    day = addDays(day, -1);
  }
  if (run < STREAK_MIN_DAYS) return null;
  return { kind: 'checkinStreak', text: `You have checked in ${run} days in a row.` };
}

function doseWeekWin({ medications, doses, now }: WinsInput): SmallWin | null {
  const to = addDays(now.day, -1);
  const from = addDays(now.day, -DOSE_WEEK_DAYS);
  let scheduled = 0;
  let taken = 0;
  for (const med of medications) {
    const a = adherence(med, doses, from, to, now);
    scheduled += a.scheduled;
    taken += a.taken;
  }
  // Every dose due that week logged as taken: a skipped or an unlogged dose means it is simply not mentioned.
  if (scheduled === 0 || taken !== scheduled) return null;
  return { kind: 'doseWeek', text: `Every dose due in the past ${DOSE_WEEK_DAYS} days is logged as taken.` };
}
