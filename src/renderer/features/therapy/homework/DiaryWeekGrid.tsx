import { format, parseISO } from 'date-fns';
import type { TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { addDays } from '../../../../shared/medication/days';
import { diaryWeek, type GridCell } from '../../../../shared/therapy/diary-week';
import { formatDay } from '../format';
import { Button } from '../../../ui/Button';

const cellText = (c: GridCell) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'Yes' : 'No') : String(c));

/** The week as Linehan's paper card lays it out: one row per item, one column per day, Monday first. */
export function DiaryWeekGrid({ cards, day, onDayChange }: { cards: readonly TherapyDiaryCard[]; day: string; onDayChange: (day: string) => void }) {
  const week = diaryWeek(cards, day);
  const first = week.days[0]!;
  const caption = `Week of ${formatDay(first)}`;
  return (
    <section className="th-diary-week" aria-label="Week at a glance">
      <div className="th-diary-week-bar">
        <h3>Week at a glance</h3>
        <Button onPress={() => onDayChange(addDays(first, -7))}>
          Previous week
        </Button>
        <Button onPress={() => onDayChange(addDays(first, 7))}>
          Next week
        </Button>
      </div>
      <div className="th-table-scroll">
        <table className="th-grid">
          <caption>{caption} (blank: no card, or left blank)</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {week.days.map((d) => (
                <th scope="col" key={d} aria-label={formatDay(d)}>
                  {format(parseISO(d), 'EEE d')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="th-plain-text">
                  {r.label} <span className="muted">({r.scale})</span>
                </th>
                {r.cells.map((c, i) => (
                  <td key={week.days[i]}>{cellText(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
