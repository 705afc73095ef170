import { NotebookPen } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { entriesPerDay } from '../../../shared/journal/day-records';
import { formatCount, regular } from '../../../shared/time/count';
import { formatMonth } from '../../../shared/time/format';
import { localDay } from '../../../shared/local-date';
import { MOOD_BANDS, monthGrid, monthMood, moodBand, shiftMonth, type MonthCell } from '../../../shared/journal/month';
import { cx } from '../../ui/class-names';
import styles from './month-view.module.css';
import { Button } from '../../ui/Button';

const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

function describe(cell: MonthCell): { text: string; label: string; band: string } {
  const c = cell.checkin;
  if (!c) return { text: '·', label: 'no check-in', band: 'none' };
  if (c.mood === undefined) return { text: '✓', label: 'check-in without a mood rating', band: 'unrated' };
  return { text: String(c.mood), label: `mood ${c.mood} of 10`, band: String(moodBand(c.mood)) };
}

const ENTRY = { one: 'entry', many: 'entries' };

interface Props {
  checkins: readonly JournalCheckin[];
  entries: readonly { date: string }[];
  /** The month shown first ("2026-11"); this month when not given. */
  initialMonth?: string;
  onOpenDay: (day: string) => void;
}

/** A calendar of one month coloured by mood; every day also says its mood, and how many entries it has, in text. */
export function MonthView({ checkins, entries, initialMonth, onOpenDay }: Props) {
  const today = localDay(new Date());
  const [month, setMonth] = useState(initialMonth ?? today.slice(0, 7));
  const byDay = useMemo(() => new Map(checkins.map((c) => [c.date, c])), [checkins]);
  const entryCounts = useMemo(() => entriesPerDay(entries), [entries]);
  const weeks = monthGrid(month, today, byDay);
  const summary = monthMood(month, checkins);
  const title = formatMonth(`${month}-01`);

  return (
    <section aria-labelledby="month-title">
      <div className={styles.nav}>
        <Button onPress={() => setMonth(shiftMonth(month, -1))} aria-label="Previous month">
          ‹
        </Button>
        <h3 id="month-title" aria-live="polite">
          {title}
        </h3>
        <Button onPress={() => setMonth(shiftMonth(month, 1))} aria-label="Next month" isDisabled={month >= today.slice(0, 7)}>
          ›
        </Button>
      </div>
      <p className="muted">
        {summary.average === null
          ? 'No mood ratings this month. Choose a day to see it or add its check-in.'
          : `Average mood ${summary.average} over ${formatCount(summary.days, regular('day'))} with a rating.`}
      </p>
      {/*
        A month calendar, not a data table: a week has no name, but react-aria's
        Table would make the Monday column row headers and name each week by
        its Monday, and Tab would land on a whole week. Each day here is a
        button named by its full date. (A react-aria Calendar is the kit piece
        that fits, if this ever moves.)
      */}
      {/* eslint-disable-next-line no-restricted-syntax -- a calendar of day buttons, see above */}
      <table className={styles.grid} aria-labelledby="month-title">
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map((cell) => {
                const dayNumber = Number(cell.day.slice(8));
                if (!cell.inMonth) return <td key={cell.day} aria-hidden="true" />;
                if (cell.future) {
                  return (
                    <td key={cell.day}>
                      <span className={cx(styles.day, styles.future)} aria-label={`${longDay(cell.day)}, future`}>
                        <span className={styles.dayNumber}>{dayNumber}</span>
                      </span>
                    </td>
                  );
                }
                const d = describe(cell);
                const written = entryCounts.get(cell.day) ?? 0;
                const entriesText = written > 0 ? `; ${formatCount(written, ENTRY)}` : '';
                return (
                  <td key={cell.day}>
                    <Button
                      className={cx(styles.day, styles[`band-${d.band}`], cell.day === today && styles.today)}
                      aria-label={`${longDay(cell.day)}${cell.day === today ? ' (today)' : ''}: ${d.label}${entriesText}; open the day`}
                      onPress={() => onOpenDay(cell.day)}
                    >
                      <span className={styles.dayTop}>
                        <span className={styles.dayNumber}>{dayNumber}</span>
                        {written > 0 && (
                          <span className={styles.dayEntries} data-mark="entries" aria-hidden="true">
                            <NotebookPen size={12} strokeWidth={2} />
                            {written > 1 ? written : ''}
                          </span>
                        )}
                      </span>
                      <span className={styles.dayMood} aria-hidden="true">
                        {d.text}
                      </span>
                    </Button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className={styles.legend} aria-label="Colour key">
        {MOOD_BANDS.map((range, band) => (
          <li key={range}>
            <span className={cx(styles.swatch, styles[`band-${band}`])} aria-hidden="true" />
            Mood {range}
          </li>
        ))}
        <li>
          <span className={cx(styles.swatch, styles['band-none'])} aria-hidden="true" />· no check-in
        </li>
        <li>
          <NotebookPen size={14} aria-hidden="true" /> has journal entries
        </li>
      </ul>
    </section>
  );
}
