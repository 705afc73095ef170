// What a time-series chart draws; its data table is drawn from the same series.

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
