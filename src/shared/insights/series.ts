import type { MeasureKey } from '../domain/checkin-measures';
import type { JournalCheckin } from '../domain/journal-checkin';
import { addDays, eachDay } from '../medication/days';

/** One calendar day and its value; null = nothing recorded that day (a gap, never zero). */
export interface DayValue {
  day: string;
  value: number | null;
}

export type Measure = MeasureKey;

/**
 * The rolling-average rule: the mean of the values recorded in the 7 days
 * ending on that day (the day itself and the 6 before it). Days without a
 * value are left out of the mean rather than counted as zero, and when fewer
 * than 4 of the 7 days have a value there is no average for that day: a mean
 * of one or two scattered days would look steadier than the record is.
 */
export const ROLLING_WINDOW_DAYS = 7;
export const ROLLING_MIN_DAYS = 4;

type Dated = Pick<JournalCheckin, 'date'> & Partial<Record<Measure, number>>;

/** Every day from `from` to `to` with that day's check-in value, null on days without one. */
export function dailySeries(checkins: readonly Dated[], measure: Measure, from: string, to: string): DayValue[] {
  const byDay = new Map<string, number>();
  for (const c of checkins) {
    const v = c[measure];
    if (v !== undefined && c.date >= from && c.date <= to) byDay.set(c.date, v);
  }
  return eachDay(from, to).map((day) => ({ day, value: byDay.get(day) ?? null }));
}

/** Mean of the numbers, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Trailing rolling average over a contiguous daily series (see the rule above).
 * The first days of the series only see the days the series holds, so pass a
 * series that starts 6 days before the first day you show (dailyWithRolling does).
 */
export function rollingAverage(
  series: readonly DayValue[],
  windowDays = ROLLING_WINDOW_DAYS,
  minDays = ROLLING_MIN_DAYS,
): DayValue[] {
  // Summed in place over the window rather than sliced into a new array per day: ten years of
  // days on four measures is 14,600 windows each time Insights changes period. (Not a running
  // sum: subtracting tenths of hours back out would leave float residue in the averages.)
  return series.map((point, i) => {
    let sum = 0;
    let count = 0;
    for (let k = Math.max(0, i - windowDays + 1); k <= i; k++) {
      const value = (series[k] as DayValue).value;
      if (value !== null) {
        sum += value;
        count++;
      }
    }
    return { day: point.day, value: count >= minDays ? sum / count : null };
  });
}

/** The daily values in [from, to] and their 7-day average, which also sees the 6 days before `from`. */
export function dailyWithRolling(
  checkins: readonly Dated[],
  measure: Measure,
  from: string,
  to: string,
): { daily: DayValue[]; rolling: DayValue[] } {
  const leadIn = addDays(from, -(ROLLING_WINDOW_DAYS - 1));
  const all = dailySeries(checkins, measure, leadIn, to);
  const rolling = rollingAverage(all);
  const skip = ROLLING_WINDOW_DAYS - 1;
  return { daily: all.slice(skip), rolling: rolling.slice(skip) };
}
