import type { JournalCheckin } from '../domain/journal-checkin';
import type { TherapyAppointment } from '../domain/therapy';
import type { TherapyDiaryCard } from '../domain/therapy-diary-card';
import type { TherapyExposure, TherapyExposureStep } from '../domain/therapy-exposure';
import { GOAL_STATUS_LABELS, type TherapyGoal } from '../domain/therapy-goal';
import type { TherapyThoughtRecord } from '../domain/therapy-thought-record';
import type { SmallWin } from '../insights/small-wins';
import { localDay } from '../local-date';
import { addDays, isoWeekStart } from '../medication/days';
import { diaryWeek, type GridRow } from '../therapy/diary-week';
import { hotThought, moodChanges, thoughtRecordColumns } from '../therapy/thought-record';

/*
 * The weekly review (issue 20, point 4): one page of the past week for the
 * therapist. Weeks run Monday to Sunday, as the DBT diary card in Therapy
 * does, so the grid here and the one there show the same seven days
 * whatever the locale (a Sunday-first locale would split the card in two).
 * Days are the local calendar days records store; nothing here reads a clock.
 *
 * Every list is capped so the printed page stays one A4 or Letter sheet even
 * in a heavy week; what is left out is counted ("and 4 more"), never dropped silently.
 */

export const WEEK_DAYS = 7;
export const MAX_THOUGHT_RECORDS = 4;
export const MAX_EXPOSURES = 4;
export const MAX_GOAL_CHANGES = 4;
export const MAX_QUESTIONS = 5;
export const MAX_COPING = 6;
/** The person's own diary-card targets shown (two rows each, after the card's fixed rows); the rest are counted. */
export const MAX_DIARY_TARGETS = 3;
/** Long situations and questions are shortened so one item keeps to a line or two on paper. */
export const MAX_TEXT = 90;

/** The Monday that starts the week holding `day`. */
export const weekStartOf = (day: string): string => isoWeekStart(day);

/** Whether `day` falls in the Monday-to-Sunday week that starts on `weekStart` (both ends included). */
export const inWeek = (day: string, weekStart: string): boolean => day >= weekStart && day <= addDays(weekStart, WEEK_DAYS - 1);

export interface Capped<T> {
  items: T[];
  /** How many were left out to keep the page to one sheet. */
  more: number;
}

const cap = <T>(all: readonly T[], max: number): Capped<T> => ({ items: all.slice(0, max), more: Math.max(0, all.length - max) });

export const shorten = (text: string, max = MAX_TEXT): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

export interface TrendDay {
  day: string;
  mood: number | null;
  anxiety: number | null;
  sleepHours: number | null;
}

export interface ThoughtRecordLine {
  id: string;
  date: string;
  situation: string;
  /** The hot thought, or the first automatic thought. */
  thought: string;
  /** "Anxious 80 → 40" for each re-rated mood. */
  moods: string[];
}

export interface ExposureLine {
  id: string;
  date: string;
  step: string;
  sudsBefore: number;
  sudsPeak: number;
  sudsAfter: number;
  ritualResisted: boolean;
}

export interface GoalChange {
  goalId: string;
  title: string;
  /** Plain words: "Started", "Progress 3 → 5 (2 check-ins)", "Marked Achieved". */
  changes: string[];
}

export interface OpenQuestion {
  appointmentId: string;
  date: string;
  text: string;
}

export interface WeekReviewInput {
  checkins: readonly JournalCheckin[];
  diaryCards: readonly TherapyDiaryCard[];
  thoughtRecords: readonly TherapyThoughtRecord[];
  exposures: readonly TherapyExposure[];
  exposureSteps: readonly TherapyExposureStep[];
  goals: readonly TherapyGoal[];
  appointments: readonly TherapyAppointment[];
  /** Small wins as of the week's last day (see winsDayFor). */
  wins: readonly SmallWin[];
}

export interface WeekReview {
  weekStart: string;
  weekEnd: string;
  days: string[];
  trend: TrendDay[];
  checkinDays: number;
  /** Coping skills noted in the week's check-ins, most used first. */
  coping: Capped<{ name: string; days: number }>;
  /** The diary card grid, only the rows with something written; null when no card was filled in that week. */
  diary: { days: string[]; rows: GridRow[]; moreTargets: number } | null;
  thoughtRecords: Capped<ThoughtRecordLine>;
  exposures: Capped<ExposureLine>;
  goalChanges: Capped<GoalChange>;
  wins: SmallWin[];
  openQuestions: Capped<OpenQuestion>;
  /** True when the week holds nothing at all to show. */
  empty: boolean;
}

/** The day small wins are computed for: the week's Sunday, or today while the week is still running. */
export const winsDayFor = (weekStart: string, today: string): string => {
  const end = addDays(weekStart, WEEK_DAYS - 1);
  return today < end ? today : end;
};

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

export function weekReview(input: WeekReviewInput, weekStart: string): WeekReview {
  const start = weekStartOf(weekStart);
  const end = addDays(start, WEEK_DAYS - 1);
  const days = Array.from({ length: WEEK_DAYS }, (_, i) => addDays(start, i));
  const within = <T extends { date: string }>(list: readonly T[]) => list.filter((r) => inWeek(r.date, start)).sort(byDate);

  const checkins = within(input.checkins);
  const checkinByDay = new Map(checkins.map((c) => [c.date, c]));
  const trend = days.map((day) => {
    const c = checkinByDay.get(day);
    return { day, mood: c?.mood ?? null, anxiety: c?.anxiety ?? null, sleepHours: c?.sleepHours ?? null };
  });

  const copingDays = new Map<string, number>();
  for (const c of checkins) for (const name of new Set(c.coping)) copingDays.set(name, (copingDays.get(name) ?? 0) + 1);
  const coping = [...copingDays].map(([name, n]) => ({ name, days: n })).sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));

  const grid = diaryWeek(within(input.diaryCards), start);
  const written = grid.rows.filter((r) => r.cells.some((c) => c !== null));
  // Own targets come as an urge row and an acted row (keys "target:…" and "acted:…"); keep the first few targets whole.
  const targets = [...new Set(written.filter((r) => r.key.startsWith('target:') || r.key.startsWith('acted:')).map((r) => r.key.slice(r.key.indexOf(':') + 1)))];
  const kept = new Set(targets.slice(0, MAX_DIARY_TARGETS));
  const diaryRows = written.filter((r) => !(r.key.startsWith('target:') || r.key.startsWith('acted:')) || kept.has(r.key.slice(r.key.indexOf(':') + 1)));
  const diary = diaryRows.length > 0 ? { days: grid.days, rows: diaryRows, moreTargets: targets.length - kept.size } : null;

  const thoughtRecords = within(input.thoughtRecords).map((r): ThoughtRecordLine => {
    const columns = thoughtRecordColumns(r);
    const thought = hotThought(columns) ?? columns.thoughts[0];
    return {
      id: r.id,
      date: r.date,
      situation: shorten(r.situation),
      thought: thought ? shorten(thought.text) : '',
      moods: moodChanges(columns)
        .filter((m) => m.after !== null)
        .map((m) => `${shorten(m.name, 30)} ${m.before} → ${m.after}`),
    };
  });

  const steps = new Map(input.exposureSteps.map((s) => [s.id, s.situation]));
  const exposures = within(input.exposures).map(
    (e): ExposureLine => ({
      id: e.id,
      date: e.date,
      step: shorten(steps.get(e.stepId) ?? 'A step no longer on the ladder'),
      sudsBefore: e.sudsBefore,
      sudsPeak: e.sudsPeak,
      sudsAfter: e.sudsAfter,
      ritualResisted: e.ritualResisted,
    }),
  );

  const goalChanges = input.goals
    .map((g): GoalChange => {
      const changes: string[] = [];
      if (inWeek(g.startDate, start)) changes.push('Started');
      const checks = g.checkIns.filter((c) => inWeek(c.date, start)).sort(byDate);
      if (checks.length === 1) changes.push(`Progress ${checks[0]!.score}/10`);
      if (checks.length > 1) changes.push(`Progress ${checks[0]!.score} → ${checks.at(-1)!.score} out of 10 (${checks.length} check-ins)`);
      // A goal keeps no history of its status, so a finished or paused goal last edited this week is taken as changed this week.
      if (g.status !== 'active' && inWeek(localDay(new Date(g.updatedAt)), start)) changes.push(`Marked ${GOAL_STATUS_LABELS[g.status]}`);
      return { goalId: g.id, title: shorten(g.title, 80), changes };
    })
    .filter((g) => g.changes.length > 0)
    .sort((a, b) => a.title.localeCompare(b.title));

  // Questions still to ask: every unasked one on an appointment from this week on, soonest first.
  const openQuestions = input.appointments
    .filter((a) => a.date >= start)
    .sort(byDate)
    .flatMap((a) => a.questions.filter((q) => !q.asked).map((q) => ({ appointmentId: a.id, date: a.date, text: shorten(q.text) })));

  const review: WeekReview = {
    weekStart: start,
    weekEnd: end,
    days,
    trend,
    checkinDays: checkins.length,
    coping: cap(coping, MAX_COPING),
    diary,
    thoughtRecords: cap(thoughtRecords, MAX_THOUGHT_RECORDS),
    exposures: cap(exposures, MAX_EXPOSURES),
    goalChanges: cap(goalChanges, MAX_GOAL_CHANGES),
    wins: [...input.wins],
    openQuestions: cap(openQuestions, MAX_QUESTIONS),
    empty: false,
  };
  review.empty =
    checkins.length === 0 && !diary && thoughtRecords.length === 0 && exposures.length === 0 && goalChanges.length === 0 && openQuestions.length === 0 && review.wins.length === 0;
  return review;
}
