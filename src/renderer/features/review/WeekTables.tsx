import type { GridCell, GridRow } from '../../../shared/therapy/diary-week';
import type { TrendDay } from '../../../shared/review/week-review';
import { currentLocale, formatDayMonth } from '../../../shared/time';
import { weekdayShort } from './week-format';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './review.module.css';

const number = (n: number) => n.toLocaleString(currentLocale(), { maximumFractionDigits: 1 });

/** An empty cell is a day with nothing written: shown as a dash, read out as "none". */
function ValueCell({ value }: { value: GridCell }) {
  if (value === null) {
    // react-aria's Cell takes no aria-label: the word is in the cell, hidden from sight.
    return (
      <Cell>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">none</span>
      </Cell>
    );
  }
  if (typeof value === 'boolean') return <Cell>{value ? 'Yes' : 'No'}</Cell>;
  return <Cell>{number(value)}</Cell>;
}

/** "Mon 23 Nov" on screen; on paper only "Mon", since the page's heading gives the dates. */
function DayColumns({ days }: { days: readonly string[] }) {
  return (
    <>
      {days.map((d) => (
        <Column key={d}>
          {weekdayShort(d)} <span className={styles.daymonth}>{formatDayMonth(d)}</span>
        </Column>
      ))}
    </>
  );
}

/** The trend chart's twin: the exact values, one column per day. */
export function WeekTrendTable({ trend }: { trend: readonly TrendDay[] }) {
  const rows: { label: string; pick: (d: TrendDay) => number | null }[] = [
    { label: 'Mood (0–10)', pick: (d) => d.mood },
    { label: 'Anxiety (0–10)', pick: (d) => d.anxiety },
    { label: 'Sleep (hours)', pick: (d) => d.sleepHours },
  ];
  return (
    <Table caption="Check-in values for each day of the week" hideCaption className={styles.table}>
      <TableHeader>
        <Column isRowHeader>Check-in</Column>
        <DayColumns days={trend.map((d) => d.day)} />
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <Row key={row.label}>
            <Cell>{row.label}</Cell>
            {trend.map((d) => (
              <ValueCell key={d.day} value={row.pick(d)} />
            ))}
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

/** The DBT diary card as Linehan's grid: one row per thing rated, one column per day. */
export function DiaryGrid({ days, rows, moreTargets }: { days: readonly string[]; rows: readonly GridRow[]; moreTargets: number }) {
  return (
    <>
      <Table caption="Diary card ratings for each day of the week" hideCaption className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Diary card</Column>
          <DayColumns days={days} />
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={row.key}>
              <Cell>
                {row.label} <span className="muted">({row.scale})</span>
              </Cell>
              {row.cells.map((cell, i) => (
                <ValueCell key={days[i]} value={cell} />
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
      {moreTargets > 0 && <p className={styles.more}>…and {moreTargets} more of your own targets (see the diary card in Therapy).</p>}
    </>
  );
}
