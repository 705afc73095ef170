import type { AssessmentRecord, Phq9Record } from '../domain/assessment';
import { historyOf, outcomesOf, reliableChangeText } from '../clinical/outcomes';
import { PHQ9, type Questionnaire } from '../clinical/questionnaires';
import { safetySignals, type DiaryCardLike, type ReachOutLike, type SafetySignal } from '../clinical/safety-signals';
import { changeText } from '../clinical/summary';
import { within, type SummaryPeriod } from './period';

export interface ScorePoint {
  date: string;
  /** null = incomplete (an item unanswered): there is no total, never a lower one. */
  total: number | null;
  band: string | null;
  /** Taken within 14 days of the previous one: both ask about the last 2 weeks, so they overlap. */
  retake: boolean;
  /** The difficulty answer in words, printed beside the total and never added to it. */
  difficulty: string | null;
}

export interface ScoreRow {
  instrument: string;
  takings: ScorePoint[];
  /** "marked" = the person marked it as the start of this treatment; otherwise it is only the first in the period. */
  baseline: (ScorePoint & { source: 'marked' | 'first-in-period' }) | null;
  latest: ScorePoint | null;
  change: number | null;
  /** "−10 points (−56%)", or why there is no change yet. */
  changeText: string;
  /** Reliable change or "within the usual variation"; null without two scores. */
  reliableText: string | null;
  response: boolean | null;
  remission: boolean | null;
  /** Why response/remission are not given, e.g. "Not applicable (baseline below 10)". */
  note: string | null;
}

type Assessment = AssessmentRecord;

/** One questionnaire's row of the summary: its takings in the period, baseline, latest and outcomes. */
export function scoreRow(q: Questionnaire, records: readonly Assessment[], period: SummaryPeriod): ScoreRow {
  // An unfinished questionnaire is a draft, not a score; its item-9 answer still reaches the flag.
  const history = historyOf(
    q,
    records.filter((r) => !r.draft),
  );
  const outcomes = outcomesOf(q, history, period);
  const point = (e: (typeof history)[number]): ScorePoint => ({
    date: e.taken.date,
    total: e.score.complete ? e.score.total : null,
    band: e.score.complete ? e.score.band.label : null,
    retake: e.retake,
    difficulty: q.difficulty?.answers.find((a) => a.value === e.taken.difficulty)?.label ?? null,
  });
  return {
    instrument: q.name,
    takings: history.filter((e) => within(period)(e.taken)).map(point),
    baseline: outcomes.baseline ? { ...point(outcomes.baseline.entry), source: outcomes.baseline.source } : null,
    latest: outcomes.latest ? point(outcomes.latest.entry) : null,
    change: outcomes.change,
    changeText: changeText(outcomes),
    reliableText: reliableChangeText(q, outcomes.reliable),
    response: outcomes.response,
    remission: outcomes.remission,
    note: outcomes.note,
  };
}

export const phq9Row = (records: readonly Phq9Record[], period: SummaryPeriod) => scoreRow(PHQ9, records, period);

/**
 * The summary's dated safety flag: every source of the one safety path in the
 * period (CLINICAL.md), each PHQ-9 with its final item-9 answer, complete or not.
 */
export function safetyFlags(
  phq9: readonly Phq9Record[],
  diaryCards: readonly DiaryCardLike[],
  period: SummaryPeriod,
  reachOuts: readonly ReachOutLike[] = [],
): SafetySignal[] {
  return safetySignals({ phq9, diaryCards, reachOuts }, period);
}
