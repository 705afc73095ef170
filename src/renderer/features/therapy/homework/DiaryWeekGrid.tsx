import { format, parseISO } from 'date-fns';
import type { TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { addDays } from '../../../../shared/medication/days';
import { diaryWeek, type GridCell } from '../../../../shared/therapy/diary-week';
import { formatDay } from '../format';
import { Button } from '../../../ui/Button';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../../ui/Table';
import styles from '../therapy.module.css';

const cellText = (c: GridCell) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'Yes' : 'No') : String(c));

/** The week as Linehan's paper card lays it out: one row per item, one column per day, Monday first. */
export function DiaryWeekGrid({ cards, day, onDayChange }: { cards: readonly TherapyDiaryCard[]; day: string; onDayChange: (day: string) => void }) {
  const week = diaryWeek(cards, day);
  const first = week.days[0]!;
  const caption = `Week of ${formatDay(first)}`;
  return (
    <section className={styles.diaryWeek} aria-label="Week at a glance">
      <div className={styles.diaryWeekBar}>
        <h3>Week at a glance</h3>
        <Button onPress={() => onDayChange(addDays(first, -7))}>
          Previous week
        </Button>
        <Button onPress={() => onDayChange(addDays(first, 7))}>
          Next week
        </Button>
      </div>
      <div className={styles.tableScroll}>
        <Table caption={`${caption} (blank: no card, or left blank)`} className={styles.grid}>
          <TableHeader>
            <Column isRowHeader>Row</Column>
            {week.days.map((d) => (
              <Column key={d}>
                {/* react-aria's Column takes no aria-label: the full date is its hidden text. */}
                <span aria-hidden="true">{format(parseISO(d), 'EEE d')}</span>
                <span className="visually-hidden">{formatDay(d)}</span>
              </Column>
            ))}
          </TableHeader>
          <TableBody>
            {week.rows.map((r) => (
              <Row key={r.key}>
                <Cell className={styles.plainText}>
                  {r.label} <span className="muted">({r.scale})</span>
                </Cell>
                {r.cells.map((c, i) => (
                  <Cell key={week.days[i]}>{cellText(c)}</Cell>
                ))}
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
