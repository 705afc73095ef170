import type { Questionnaire } from './questionnaires';
import { scoreAnswers, type Answer, type Score } from './scoring';

/** The questionnaires ask about the last 2 weeks; a retake sooner overlaps the previous one. */
export const RETAKE_WINDOW_DAYS = 14;

export interface Taken {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  createdAt: string;
  answers: readonly Answer[];
  /** PHQ-9's 10th question: kept with the record, never part of the total. */
  difficulty?: number | null;
  isBaseline?: boolean;
}

export interface HistoryEntry<T extends Taken = Taken> {
  taken: T;
  score: Score;
  /** Taken fewer than 14 days after the previous one of the same questionnaire. */
  retake: boolean;
}

/** A change at least as large as the questionnaire's reliable-change threshold, or within its usual variation. */
export type ReliableChange = 'fell' | 'rose' | 'within-variation';

export interface Outcomes<T extends Taken = Taken> {
  baseline: {
    entry: HistoryEntry<T>;
    total: number;
    /** Marked by the person as the start of this treatment, or simply the first score in the period. */
    source: 'marked' | 'first-in-period';
    /** At or above the questionnaire's caseness threshold: only then are response and remission reported. */
    atCaseness: boolean;
  } | null;
  latest: { entry: HistoryEntry<T>; total: number } | null;
  /** latest − baseline; negative means the total fell. */
  change: number | null;
  /** null without a later score than the baseline. */
  reliable: ReliableChange | null;
  /** Total fell by at least 50% from a baseline at caseness; null when not reported. */
  response: boolean | null;
  /** Latest total below 5, from a baseline at caseness; null when not reported. */
  remission: boolean | null;
  /** Why response/remission are null, as a sentence to show in their place. */
  note: string | null;
}

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const byTime = (a: Taken, b: Taken) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/** Every taking, oldest first, scored and labelled when it came within 14 days of the previous one. */
export function historyOf<T extends Taken>(q: Questionnaire, taken: readonly T[]): HistoryEntry<T>[] {
  const sorted = [...taken].sort(byTime);
  return sorted.map((t, i) => {
    const previous = sorted[i - 1];
    return {
      taken: t,
      score: scoreAnswers(q, t.answers),
      retake: previous !== undefined && daysBetween(previous.date, t.date) < RETAKE_WINDOW_DAYS,
    };
  });
}

export interface Period {
  /** Inclusive YYYY-MM-DD bounds; null = open. */
  from: string | null;
  to: string | null;
}

export const inPeriod = (period: Period) => (entry: HistoryEntry) =>
  (period.from === null || entry.taken.date >= period.from) && (period.to === null || entry.taken.date <= period.to);

const totalOf = (entry: HistoryEntry) => (entry.score.complete ? entry.score.total : null);

/**
 * Baseline = a score the user marked within the period, else the first score in it;
 * latest = the last score in it. Incomplete takings have no total, so they are neither.
 * Response and remission are reported only from a baseline at caseness (CLINICAL.md).
 */
export function outcomesOf<T extends Taken>(q: Questionnaire, history: readonly HistoryEntry<T>[], period: Period): Outcomes<T> {
  const scored = history.filter(inPeriod(period)).filter((e) => e.score.complete);
  const marked = scored.find((e) => e.taken.isBaseline);
  const baselineEntry = marked ?? scored[0];
  const latestEntry = scored.at(-1);
  const none = { change: null, reliable: null, response: null, remission: null };
  if (!baselineEntry || !latestEntry) {
    return { baseline: null, latest: null, ...none, note: 'Not yet: no complete score in this period.' };
  }
  const baselineTotal = totalOf(baselineEntry) ?? 0;
  const latestTotal = totalOf(latestEntry) ?? 0;
  const baseline = {
    entry: baselineEntry,
    total: baselineTotal,
    source: marked ? ('marked' as const) : ('first-in-period' as const),
    atCaseness: baselineTotal >= q.caseness,
  };
  const latest = { entry: latestEntry, total: latestTotal };
  // The latest is the last score, so a marked baseline can only be it or come before it.
  if (baselineEntry === latestEntry) {
    return { baseline, latest, ...none, note: 'Not yet: needs a later score than the baseline.' };
  }
  const change = latestTotal - baselineTotal;
  const reliable: ReliableChange =
    change <= -q.reliableChange ? 'fell' : change >= q.reliableChange ? 'rose' : 'within-variation';
  if (!baseline.atCaseness) {
    return { baseline, latest, change, reliable, response: null, remission: null, note: notApplicable(q) };
  }
  // Integer arithmetic: "fell by at least 50%" ⇔ 2 × fall ≥ baseline.
  const response = 2 * (baselineTotal - latestTotal) >= baselineTotal;
  return { baseline, latest, change, reliable, response, remission: latestTotal < q.remissionBelow, note: null };
}

/** The words shown instead of response and remission when the baseline was below caseness. */
export const notApplicable = (q: Questionnaire) => `Not applicable (baseline below ${q.caseness})`;

/** The reliable-change fact as a plain sentence about the numbers. */
export function reliableChangeText(q: Questionnaire, reliable: ReliableChange | null): string | null {
  if (reliable === null) return null;
  if (reliable === 'within-variation') {
    return `Within the usual variation of the questionnaire (a change of less than ${q.reliableChange} points)`;
  }
  return `Reliable change: the total ${reliable} by ${q.reliableChange} points or more`;
}

/** Days since the most recent taking, or null if there is none. */
export function daysSinceLast(history: readonly HistoryEntry[], today: string): number | null {
  const last = history.at(-1);
  return last ? daysBetween(last.taken.date, today) : null;
}

/** The gentle in-app reminder: the last one was more than two weeks ago. */
export function reminderDue(history: readonly HistoryEntry[], today: string): boolean {
  const days = daysSinceLast(history, today);
  return days !== null && days > RETAKE_WINDOW_DAYS;
}
