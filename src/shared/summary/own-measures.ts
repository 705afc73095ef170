import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { previousPeriod, within, type SummaryPeriod } from './period';

/** One own measure's figure over a period: a mean (ratings, numbers) or the share of "yes" (yes/no). */
export interface OwnFigure {
  /** Mean of the recorded values, or for yes/no the share of answered days that were yes (0–1); null when none. */
  value: number | null;
  /** Days with a value. */
  days: number;
  /** Yes/no only: days answered "yes". */
  yes?: number;
}

export interface OwnMeasureRow {
  id: string;
  /** "brain zaps (0–10)", "minutes outside (minutes)", "exercised (yes or no)". */
  label: string;
  type: JournalMeasure['type'];
  current: OwnFigure;
  previous: OwnFigure;
  /** current − previous (for yes/no, in share points 0–1); null unless both have values. */
  change: number | null;
}

const labelOf = (m: JournalMeasure): string =>
  m.type === 'rating' ? `${m.name} (0–10)` : m.type === 'yesno' ? `${m.name} (yes or no)` : m.unit ? `${m.name} (${m.unit})` : m.name;

function figure(checkins: readonly JournalCheckin[], id: string): OwnFigure {
  const values = checkins.flatMap((c) => (c.custom?.[id] === undefined ? [] : [c.custom[id]!]));
  if (values.length === 0) return { value: null, days: 0 };
  if (values.every((v) => typeof v === 'boolean')) {
    const yes = values.filter(Boolean).length;
    return { value: yes / values.length, days: values.length, yes };
  }
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return { value: numbers.reduce((s, v) => s + v, 0) / numbers.length, days: numbers.length };
}

/**
 * The measures the person ticked "Show in the appointment summary", with this
 * period against the one before. A removed measure stays while it is ticked
 * and has values in either period, so a visit can still talk about it.
 * Pass check-ins through perDay so each day counts once.
 */
export function ownMeasureRows(checkins: readonly JournalCheckin[], measures: readonly JournalMeasure[], period: SummaryPeriod): OwnMeasureRow[] {
  const now = checkins.filter(within(period));
  const before = checkins.filter(within(previousPeriod(period)));
  return measures
    .filter((m) => m.inSummary)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .flatMap((m) => {
      const current = figure(now, m.id);
      const previous = figure(before, m.id);
      if (m.archivedAt && current.days + previous.days === 0) return [];
      const change = current.value !== null && previous.value !== null ? current.value - previous.value : null;
      return [{ id: m.id, label: labelOf(m), type: m.type, current, previous, change }];
    });
}
