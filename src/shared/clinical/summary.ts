import type { HistoryEntry, Outcomes } from './outcomes';
import type { Questionnaire } from './questionnaires';

import { formatDate } from '../time/format';

/** "2026-11-25" → "25 Nov 2026" / "Nov 25, 2026": the person's locale, like every other date in Cairn (src/shared/time). */
export function formatDay(day: string): string {
  return formatDate(day);
}

const scoreText = (entry: HistoryEntry) =>
  entry.score.complete ? `${entry.score.total} (${entry.score.band.label})` : 'incomplete';

/** One plain sentence describing the scores in a period: for the chart's text alternative and the page. */
export function historySummary(q: Questionnaire, entries: readonly HistoryEntry[], outcomes: Outcomes): string {
  const incomplete = entries.filter((e) => !e.score.complete).length;
  const incompleteText = incomplete === 0 ? '' : `, plus ${incomplete} incomplete without a total`;
  const complete = entries.length - incomplete;
  const { baseline, latest } = outcomes;
  if (!baseline || !latest) {
    return entries.length === 0
      ? `No ${q.name} in this period yet.`
      : `${entries.length} incomplete ${q.name} in this period, so there is no total to show.`;
  }
  if (complete === 1) {
    return `One ${q.name} score in this period: ${scoreText(latest.entry)} on ${formatDay(latest.entry.taken.date)}${incompleteText}.`;
  }
  const from = baseline.source === 'marked' ? 'your marked baseline' : 'the first';
  return (
    `${complete} ${q.name} scores between ${formatDay(entries[0]?.taken.date ?? baseline.entry.taken.date)} and ` +
    `${formatDay(entries.at(-1)?.taken.date ?? latest.entry.taken.date)}${incompleteText}: ` +
    `${from}, ${scoreText(baseline.entry)} on ${formatDay(baseline.entry.taken.date)}; ` +
    `the latest, ${scoreText(latest.entry)} on ${formatDay(latest.entry.taken.date)}.`
  );
}

/** "−10 points (−56%)": a change stated as numbers, never as a verdict. */
export function changeText(outcomes: Outcomes): string {
  const { baseline, change } = outcomes;
  if (change === null || !baseline) return outcomes.note ?? 'Not yet: needs a later score than the baseline.';
  const points = `${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(change)} point${Math.abs(change) === 1 ? '' : 's'}`;
  if (baseline.total === 0) return points;
  const percent = Math.round((change / baseline.total) * 100);
  return `${points} (${percent > 0 ? '+' : percent < 0 ? '−' : ''}${Math.abs(percent)}%)`;
}
