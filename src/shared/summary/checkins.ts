import { CHECKIN_MEASURES, measureHeading, summaryMeasures, type MeasureKey } from '../domain/checkin-measures';
import type { JournalCheckin } from '../domain/journal-checkin';
import { previousPeriod, within, type SummaryPeriod } from './period';

/** The check-in measures the summary shows, from the one measure table. */
export const MEASURES: readonly Measure[] = summaryMeasures().map((m) => m.key);
export type Measure = MeasureKey;

export const MEASURE_LABELS = Object.fromEntries(CHECKIN_MEASURES.map((m) => [m.key, measureHeading(m)])) as Record<Measure, string>;

export interface Average {
  /** null when no day in the period has a value; unrated days are skipped, never counted as 0. */
  mean: number | null;
  days: number;
}

export interface MeasureRow {
  measure: Measure;
  current: Average;
  previous: Average;
  /** current − previous; null unless both have values. */
  change: number | null;
}

export interface CheckinDay {
  date: string;
  values: Partial<Record<Measure, number>>;
  /** Set when the check-in came from another app, so the printed summary can say so. */
  import?: JournalCheckin['import'];
}

function averageOf(checkins: readonly JournalCheckin[], measure: Measure): Average {
  const values = checkins.map((c) => c[measure]).filter((v): v is number => v !== undefined);
  return { mean: values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length, days: values.length };
}

/** Averages over the period against the previous period of equal length. */
export function measureRows(checkins: readonly JournalCheckin[], period: SummaryPeriod): MeasureRow[] {
  const now = checkins.filter(within(period));
  const before = checkins.filter(within(previousPeriod(period)));
  return MEASURES.map((measure) => {
    const current = averageOf(now, measure);
    const previous = averageOf(before, measure);
    const change = current.mean !== null && previous.mean !== null ? current.mean - previous.mean : null;
    return { measure, current, previous, change };
  });
}

/** The days of the period with at least one of the summary's values, oldest first (for the chart). */
export function checkinSeries(checkins: readonly JournalCheckin[], period: SummaryPeriod): CheckinDay[] {
  return checkins
    .filter(within(period))
    .map((c) => ({
      date: c.date,
      values: Object.fromEntries(MEASURES.filter((m) => c[m] !== undefined).map((m) => [m, c[m]])) as CheckinDay['values'],
      ...(c.import ? { import: c.import } : {}),
    }))
    .filter((d) => Object.keys(d.values).length > 0)
    .sort((a, b) => a.date.localeCompare(b.date));
}
