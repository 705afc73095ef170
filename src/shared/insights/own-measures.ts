import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { eachDay } from '../medication/days';
import { formatCount, regular } from '../time/count';
import { formatValue } from './format';
import { mean, type DayValue } from './series';

/**
 * Every day from `from` to `to` with the measure's value that day, null when
 * not recorded. Yes/no reads as 1 (yes) or 0 (no), so a mean over a week is
 * the share of answered days that were "yes". Pass check-ins through perDay
 * first, so a day with two check-ins counts once.
 */
export function ownDaily(checkins: readonly JournalCheckin[], measureId: string, from: string, to: string): DayValue[] {
  const byDay = new Map<string, number>();
  for (const c of checkins) {
    const v = c.custom?.[measureId];
    if (v === undefined || c.date < from || c.date > to) continue;
    byDay.set(c.date, typeof v === 'boolean' ? Number(v) : v);
  }
  return eachDay(from, to).map((day) => ({ day, value: byDay.get(day) ?? null }));
}

/** The measures worth a chart for a period: the active ones, and removed ones that have values in it. */
export function chartedOwnMeasures(measures: readonly JournalMeasure[], checkins: readonly JournalCheckin[], from: string, to: string): JournalMeasure[] {
  const used = new Set(checkins.filter((c) => c.date >= from && c.date <= to).flatMap((c) => Object.keys(c.custom ?? {})));
  return measures
    .filter((m) => !m.archivedAt || used.has(m.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * One neutral sentence per measure, numbers only: "brain zaps averaged 3.5 out
 * of 10 on 4 days", "exercised: yes on 3 of 5 days answered (60%)".
 */
export function ownSummary(m: JournalMeasure, daily: readonly DayValue[]): string {
  const values = daily.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return `${m.name}: not recorded in this period.`;
  if (m.type === 'yesno') {
    const yes = values.filter((v) => v === 1).length;
    return `${m.name}: yes on ${yes} of ${formatCount(values.length, regular('day'))} answered (${Math.round((yes / values.length) * 100)}%).`;
  }
  const unit = m.type === 'rating' ? ' out of 10' : m.unit ? ` ${m.unit}` : '';
  return `${m.name} averaged ${formatValue(mean(values))}${unit} on ${formatCount(values.length, regular('day'))}.`;
}
