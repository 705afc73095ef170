import type { Resolution } from '../../../shared/insights/aggregate';
import { formatDay, formatMonth } from '../../../shared/insights/format';

/** One line or set of points on a chart: the chart and its data table are both drawn from this. */
export interface ChartSeries {
  label: string;
  points: readonly { day: string; value: number | null }[];
  /** Index into the palette; the same index also picks the point shape and dash. */
  style: number;
  /** points: dots only; line: a line through the values (gaps stay gaps); both: line and dots. */
  draw: 'points' | 'line' | 'both';
  axis?: 'y' | 'y2';
}

export interface Axis {
  min: number;
  max: number;
  title: string;
  step?: number;
}

export interface Band {
  min: number;
  max: number;
  label: string;
}

/** Local midnight of a day, as the time axis counts it. */
export function dayToMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** How a table row names its day, week or month. */
export function periodLabel(resolution: Resolution): (day: string) => string {
  if (resolution === 'week') return (day) => `Week of ${formatDay(day)}`;
  if (resolution === 'month') return formatMonth;
  return formatDay;
}

export const RESOLUTION_NOTE: Record<Resolution, string> = {
  day: '',
  week: 'This period is long, so each point is a weekly average.',
  month: 'This period is long, so each point is a monthly average.',
};
