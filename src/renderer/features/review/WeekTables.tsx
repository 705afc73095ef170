import type { GridCell, GridRow } from '../../../shared/therapy/diary-week';
import type { TrendDay } from '../../../shared/review/week-review';
import { currentLocale, formatDayMonth } from '../../../shared/time';
import { weekdayShort } from './week-format';

const number = (n: number) => n.toLocaleString(currentLocale(), { maximumFractionDigits: 1 });

/** An empty cell is a day with nothing written: shown as a dash, read out as "none". */
function Cell({ value }: { value: GridCell }) {
  if (value === null) return <td aria-label="none">–</td>;
  if (typeof value === 'boolean') return <td>{value ? 'Yes' : 'No'}</td>;
  return <td>{number(value)}</td>;
}

/** "Mon 23 Nov" on screen; on paper only "Mon", since the page's heading gives the dates. */
function DayColumns({ days }: { days: readonly string[] }) {
  return (
    <>
      {days.map((d) => (
        <th key={d} scope="col">
          {weekdayShort(d)} <span className="review-daymonth">{formatDayMonth(d)}</span>
        </th>
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
    <table className="review-table">
      <caption className="visually-hidden">Check-in values for each day of the week</caption>
      <thead>
        <tr>
          <th scope="col">Check-in</th>
          <DayColumns days={trend.map((d) => d.day)} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {trend.map((d) => (
              <Cell key={d.day} value={row.pick(d)} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The DBT diary card as Linehan's grid: one row per thing rated, one column per day. */
export function DiaryGrid({ days, rows, moreTargets }: { days: readonly string[]; rows: readonly GridRow[]; moreTargets: number }) {
  return (
    <>
      <table className="review-table">
        <caption className="visually-hidden">Diary card ratings for each day of the week</caption>
        <thead>
          <tr>
            <th scope="col">Diary card</th>
            <DayColumns days={days} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label} <span className="muted">({row.scale})</span>
              </th>
              {row.cells.map((cell, i) => (
                <Cell key={days[i]} value={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {moreTargets > 0 && <p className="review-more">…and {moreTargets} more of your own targets (see the diary card in Therapy).</p>}
    </>
  );
}
