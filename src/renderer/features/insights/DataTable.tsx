import { formatValue } from '../../../shared/insights/format';
import type { ChartSeries } from './model';

interface Props {
  caption: string;
  series: readonly ChartSeries[];
  rowLabel: (day: string) => string;
}

/** The chart's numbers as a table: one row per day (or week, month) with any value, one column per series. */
export function DataTable({ caption, series, rowLabel }: Props) {
  const byDay = new Map<string, (number | null)[]>();
  series.forEach((s, column) => {
    for (const p of s.points) {
      if (p.value === null) continue;
      const row = byDay.get(p.day) ?? series.map(() => null);
      row[column] = p.value;
      byDay.set(p.day, row);
    }
  });
  const days = [...byDay.keys()].sort();

  if (days.length === 0) return <p className="muted">No values in this period.</p>;
  return (
    // Focusable so keyboard users can scroll a long table.
    <div className="insights-table-wrap" tabIndex={0} role="region" aria-label={`${caption}: data table`}>
      <table className="insights-table">
        <caption>{caption}: data table</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <th scope="row">{rowLabel(day)}</th>
              {byDay.get(day)?.map((v, i) => <td key={i}>{formatValue(v)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
