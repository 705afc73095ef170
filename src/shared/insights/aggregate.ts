import { daysBetween, isoWeekStart } from '../medication/days';
import { mean, type DayValue } from './series';

export type Resolution = 'day' | 'week' | 'month';

/**
 * How finely to draw a period: each day up to about half a year, weekly means
 * up to three years, monthly means beyond. Ten years then draw as 120 points
 * instead of 3,650, which keeps the chart smooth and readable.
 */
export const DAILY_UP_TO_DAYS = 184;
export const WEEKLY_UP_TO_DAYS = 1_096;

export function resolutionFor(from: string, to: string): Resolution {
  const days = daysBetween(from, to) + 1;
  if (days <= DAILY_UP_TO_DAYS) return 'day';
  return days <= WEEKLY_UP_TO_DAYS ? 'week' : 'month';
}

/** The first day of the week (Monday) or month that holds `day`. */
export function bucketStart(day: string, resolution: Resolution): string {
  if (resolution === 'week') return isoWeekStart(day);
  if (resolution === 'month') return `${day.slice(0, 7)}-01`;
  return day;
}

export interface Bucket {
  /** First day of the bucket (a Monday for weeks, the 1st for months). */
  start: string;
  /** Mean of the days that have a value; null when none has. */
  mean: number | null;
  /** Days with a value in the bucket. */
  n: number;
}

/** Means per day, week or month, oldest first; days without a value are left out, not counted as zero. */
export function aggregate(series: readonly DayValue[], resolution: Resolution): Bucket[] {
  const buckets = new Map<string, number[]>();
  for (const { day, value } of series) {
    const key = bucketStart(day, resolution);
    const values = buckets.get(key) ?? [];
    if (value !== null) values.push(value);
    buckets.set(key, values);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, values]) => ({ start, mean: mean(values), n: values.length }));
}
