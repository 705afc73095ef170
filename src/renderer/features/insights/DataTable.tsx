import { formatValue } from '../../../shared/insights/format';
import type { ChartSeries } from './model';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './insights.module.css';

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
    <div className={styles.tableWrap} role="region" aria-label={`${caption}: data table`}>
      <Table caption={`${caption}: data table`} className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Date</Column>
          {series.map((s) => (
            <Column key={s.label} numeric>
              {s.label}
            </Column>
          ))}
        </TableHeader>
        <TableBody>
          {days.map((day) => (
            <Row key={day}>
              <Cell>{rowLabel(day)}</Cell>
              {byDay.get(day)?.map((v, i) => <Cell key={i} numeric>{formatValue(v)}</Cell>)}
            </Row>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
