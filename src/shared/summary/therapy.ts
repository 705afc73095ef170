import type {
  GoalStatus,
  Modality,
  TherapyDiaryCard,
  TherapyEmdrLog,
  TherapyEmdrResource,
  TherapyEmdrTarget,
  TherapyExposure,
  TherapyGoal,
  TherapyPractice,
  TherapySession,
  TherapyThoughtRecord,
} from '../domain/therapy';
import { MODALITY_LABELS } from '../domain/therapy';
import { goalTrend } from '../therapy/goal-trend';
import { diaryCardLine, emdrLine, exposureLine, practiceLine, thoughtRecordLine } from '../therapy/summary-lines';
import { within, type SummaryPeriod } from './period';

export interface GoalRow {
  id: string;
  title: string;
  status: GoalStatus;
  /** Check-ins dated in the period. */
  checkIns: number;
  /** First and latest progress score (0–10) in the period; null without a check-in in it. */
  first: { date: string; score: number } | null;
  latest: { date: string; score: number } | null;
  change: number | null;
}

export interface HomeworkCounts {
  thoughtRecords: number;
  diaryCards: number;
  exposures: number;
  practice: number;
  practiceMinutes: number;
}

export interface TherapySummary {
  attended: string[];
  /** Sessions in the period that were not marked attended (up to today). */
  notAttended: string[];
  modalities: string[];
  goals: GoalRow[];
  homework: HomeworkCounts;
  /** One printed line per homework form used in the period (thought records, diary cards, ERP, EMDR, practice). */
  homeworkLines: string[];
}

export interface TherapyInput {
  sessions: readonly TherapySession[];
  goals: readonly TherapyGoal[];
  thoughtRecords: readonly TherapyThoughtRecord[];
  diaryCards: readonly TherapyDiaryCard[];
  exposures: readonly TherapyExposure[];
  practice: readonly TherapyPractice[];
  /** Optional so callers written before EMDR existed still build a summary. */
  emdrLogs?: readonly TherapyEmdrLog[];
  emdrResources?: readonly TherapyEmdrResource[];
  emdrTargets?: readonly TherapyEmdrTarget[];
}

/**
 * The positive belief in force at the end of the period (the latest set on or
 * before its last day), printed only when EMDR went on in the period: a belief
 * set years ago with no EMDR since would read as current work.
 */
function currentTarget(targets: readonly TherapyEmdrTarget[], period: SummaryPeriod, emdrInPeriod: boolean) {
  const latest = targets
    .filter((t) => t.setOn <= period.to)
    .sort((a, b) => a.setOn.localeCompare(b.setOn))
    .at(-1);
  return latest && (emdrInPeriod || latest.setOn >= period.from) ? latest : undefined;
}

/** A goal is listed when it is active or was worked on during the period. */
function goalRow(goal: TherapyGoal, period: SummaryPeriod): GoalRow | null {
  const inPeriod = goal.checkIns.filter(within(period));
  if (goal.status !== 'active' && inPeriod.length === 0) return null;
  if (goal.startDate > period.to) return null;
  const trend = goalTrend(inPeriod);
  return {
    id: goal.id,
    title: goal.title,
    status: goal.status,
    checkIns: inPeriod.length,
    first: trend?.first ?? null,
    latest: trend?.latest ?? null,
    change: trend && trend.count > 1 ? trend.change : null,
  };
}

export function therapySummary(input: TherapyInput, period: SummaryPeriod): TherapySummary {
  const sessions = input.sessions.filter(within(period)).sort((a, b) => a.date.localeCompare(b.date));
  const modalities = [...new Set(sessions.filter((s) => s.attended).map((s) => s.modality))] as Modality[];
  const practice = input.practice.filter(within(period));
  const thoughtRecords = input.thoughtRecords.filter(within(period));
  const diaryCards = input.diaryCards.filter(within(period));
  const exposures = input.exposures.filter(within(period));
  const emdrLogs = (input.emdrLogs ?? []).filter(within(period));
  const emdrResources = (input.emdrResources ?? []).filter(within(period));
  return {
    attended: sessions.filter((s) => s.attended).map((s) => s.date),
    notAttended: sessions.filter((s) => !s.attended).map((s) => s.date),
    modalities: modalities.map((m) => MODALITY_LABELS[m]),
    goals: input.goals
      .map((g) => goalRow(g, period))
      .filter((g): g is GoalRow => g !== null)
      .sort((a, b) => a.title.localeCompare(b.title)),
    homework: {
      thoughtRecords: thoughtRecords.length,
      diaryCards: diaryCards.length,
      exposures: exposures.length,
      practice: practice.length,
      practiceMinutes: practice.reduce((s, p) => s + p.minutes, 0),
    },
    homeworkLines: [
      thoughtRecordLine(thoughtRecords),
      diaryCardLine(diaryCards),
      exposureLine(exposures),
      emdrLine(emdrLogs, emdrResources, currentTarget(input.emdrTargets ?? [], period, emdrLogs.length + emdrResources.length > 0)),
      practiceLine(practice),
    ].filter((line): line is string => line !== null),
  };
}
