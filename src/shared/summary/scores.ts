import type { Gad7Record, Phq9Record } from '../domain/assessment';
import { historyOf, outcomesOf } from '../clinical/outcomes';
import { FREQUENCY_ANSWERS, GAD7, PHQ9, PHQ9_SAFETY_ITEM, type Questionnaire } from '../clinical/questionnaires';
import { changeText } from '../clinical/summary';
import { within, type SummaryPeriod } from './period';

export interface ScorePoint {
  date: string;
  /** null = incomplete (an item unanswered): there is no total, never a lower one. */
  total: number | null;
  band: string | null;
}

export interface ScoreRow {
  instrument: string;
  takings: ScorePoint[];
  baseline: (ScorePoint & { marked: boolean }) | null;
  latest: ScorePoint | null;
  change: number | null;
  /** "−10 points (−56%)", or why there is no change yet. */
  changeText: string;
  response: boolean | null;
  remission: boolean | null;
  /** Why response/remission are not given. */
  note: string | null;
}

export interface SafetyFlag {
  date: string;
  /** 1–3 */
  answer: number;
  /** The official answer wording, e.g. "Several days". */
  label: string;
}

function scoreRow(q: Questionnaire, records: readonly (Phq9Record | Gad7Record)[], period: SummaryPeriod): ScoreRow {
  const history = historyOf(q, records);
  const outcomes = outcomesOf(history, period);
  const point = (e: (typeof history)[number]): ScorePoint => ({
    date: e.taken.date,
    total: e.score.complete ? e.score.total : null,
    band: e.score.complete ? e.score.band.label : null,
  });
  return {
    instrument: q.name,
    takings: history.filter((e) => within(period)(e.taken)).map(point),
    baseline: outcomes.baseline ? { ...point(outcomes.baseline.entry), marked: outcomes.baseline.source === 'marked' } : null,
    latest: outcomes.latest ? point(outcomes.latest.entry) : null,
    change: outcomes.change,
    changeText: changeText(outcomes),
    response: outcomes.response,
    remission: outcomes.remission,
    note: outcomes.note,
  };
}

export const phq9Row = (records: readonly Phq9Record[], period: SummaryPeriod) => scoreRow(PHQ9, records, period);
export const gad7Row = (records: readonly Gad7Record[], period: SummaryPeriod) => scoreRow(GAD7, records, period);

/**
 * Every PHQ-9 in the period whose item 9 was answered above 0, complete or
 * not: the safety item is never dropped or averaged away (CLINICAL.md).
 */
export function safetyFlags(records: readonly Phq9Record[], period: SummaryPeriod): SafetyFlag[] {
  return records
    .filter(within(period))
    .flatMap((r) => {
      const answer = r.answers[PHQ9_SAFETY_ITEM];
      if (answer === undefined || answer === null || answer <= 0) return [];
      return [{ date: r.date, answer, label: FREQUENCY_ANSWERS.find((a) => a.value === answer)?.label ?? String(answer) }];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
