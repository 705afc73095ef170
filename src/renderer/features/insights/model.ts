import type { Resolution } from '../../../shared/insights/aggregate';
import { formatDay, formatMonth } from '../../../shared/insights/format';

export type { Axis, Band, ChartSeries } from '../../ui/charts/series';

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
