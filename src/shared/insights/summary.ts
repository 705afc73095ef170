import { formatCount, regular } from '../time/count';
import { formatValue } from './format';
import { mean, type DayValue } from './series';

export interface MeasureSeries {
  /** Lower case, as it reads inside a sentence: "mood". */
  name: string;
  unit: string;
  daily: readonly DayValue[];
}

const recorded = (series: readonly DayValue[]) => series.flatMap((p) => (p.value === null ? [] : [p.value]));

/**
 * One neutral sentence for the check-in chart: each measure's average and on
 * how many days it was recorded. Numbers only, no verdict.
 */
export function measuresSummary(days: number, measures: readonly MeasureSeries[]): string {
  const parts = measures.map(({ name, unit, daily }) => {
    const values = recorded(daily);
    if (values.length === 0) return `${name} not recorded`;
    return `${name} averaged ${formatValue(mean(values))} ${unit} on ${formatCount(values.length, regular('day'))}`;
  });
  if (measures.every((m) => recorded(m.daily).length === 0)) return `No check-in ratings in these ${formatCount(days, regular('day'))}.`;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `Over ${formatCount(days, regular('day'))}, ${list}.`;
}
