import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatValue } from '../../../shared/insights/format';
import { dayWords, moveDay, MOOD_BANDS, yearChoices, yearPixels, type PixelDay } from '../../../shared/insights/year-pixels';
import { currentLocale, formatDay } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Select } from '../../ui/Select';
import type { InsightsData } from './useInsightsData';
import { cx } from '../../ui/class-names';
import insights from './insights.module.css';
import styles from './year.module.css';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';

// Monday-first, as the weeks are laid out; 5 Jan 2026 was a Monday. Intl gives the person's own weekday names.
const weekdays = () => {
  const format = new Intl.DateTimeFormat(currentLocale(), { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2026, 0, 5 + i, 12)));
};

const cellClass = (d: PixelDay) =>
  cx(styles.cell, d.band === null ? styles.empty : styles[`mood-${d.band}`], d.medications.length > 0 && styles.med, d.changes.length > 0 && styles.change);

/** A year of days coloured by mood, medication periods shaded and changes marked; keyboard navigable, with a table twin. */
export function YearView({ data, today }: { data: InsightsData; today: string }) {
  const id = useId();
  const years = useMemo(() => yearChoices(data.earliest, today), [data.earliest, today]);
  const [year, setYear] = useState(years[0]!);
  const pixels = useMemo(() => yearPixels(year, data.checkins, data.medications), [year, data.checkins, data.medications]);
  const defaultDay = today.startsWith(String(year)) ? today : `${year}-01-01`;
  const [focused, setFocused] = useState(defaultDay);
  const current = focused.startsWith(String(year)) ? focused : defaultDay;
  const cells = useRef(new Map<string, HTMLDivElement>());
  const byDay = useMemo(() => new Map(pixels.days.map((d) => [d.day, d])), [pixels]);
  const rows = useMemo(() => pixels.days.filter((d) => d.mood !== null || d.changes.length > 0), [pixels]);
  const [showTable, setShowTable] = useState(false);
  const rated = pixels.days.filter((d) => d.mood !== null).length;

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveDay(current, event.key, year);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    cells.current.get(next)?.focus();
  };

  return (
    <Card title="Year in pixels" level={3}>
      <div className={styles.controls}>
        <Select label="Year" choices={years.map((y) => ({ id: String(y), label: String(y) }))} value={String(year)} onChange={(y) => setYear(Number(y))} />
      </div>
      <p className={insights.summary}>
        {rated === 0
          ? `No moods recorded in ${year} yet. Each daily check-in with a mood fills in one square.`
          : `${rated} of ${pixels.days.length} days in ${year} have a mood.`}
      </p>
      <p id={`${id}-keys`} className="muted">
        Up and down arrows move a day, left and right a week; Page Up and Page Down move a month.
      </p>
      <div
        role="grid"
        aria-label={`Mood in ${year}, one square per day`}
        aria-describedby={`${id}-keys`}
        className={styles.grid}
        onKeyDown={onKeyDown}
      >
        {weekdays().map((weekday, row) => (
          <div role="row" className={styles.row} key={weekday}>
            <span role="rowheader" className={styles.weekday}>
              {weekday}
            </span>
            {pixels.weeks.map((week, column) => {
              const d = week[row];
              if (!d) return <div role="gridcell" className={cx(styles.cell, styles.outside)} key={column} />;
              return (
                <div
                  role="gridcell"
                  key={d.day}
                  data-day={d.day}
                  // What the square shows, for tests and tools: the classes are the module's, hashed.
                  data-mood={d.band ?? undefined}
                  data-med={d.medications.length > 0 || undefined}
                  data-change={d.changes.length > 0 || undefined}
                  ref={(el) => {
                    if (el) cells.current.set(d.day, el);
                    else cells.current.delete(d.day);
                  }}
                  className={cellClass(d)}
                  tabIndex={d.day === current ? 0 : -1}
                  aria-label={dayWords(d)}
                  aria-selected={d.day === current}
                  onClick={() => setFocused(d.day)}
                  onFocus={() => setFocused(d.day)}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p className={styles.detail} data-testid="year-detail">
        {byDay.get(current) ? dayWords(byDay.get(current)!) : ''}
      </p>
      <ul className={styles.legend} aria-label="Key">
        {MOOD_BANDS.map((band, i) => (
          <li key={band}>
            <span className={cx(styles.swatch, styles[`mood-${i}`])} aria-hidden="true" /> Mood {band}
          </li>
        ))}
        <li>
          <span className={cx(styles.swatch, styles.empty)} aria-hidden="true" /> No mood recorded
        </li>
        <li>
          <span className={cx(styles.swatch, styles.empty, styles.med)} aria-hidden="true" /> Underlined: a medication was being taken
        </li>
        <li>
          <span className={cx(styles.swatch, styles.empty, styles.change)} aria-hidden="true" /> Dot: a medication change that day
        </li>
      </ul>
      <Button aria-expanded={showTable} aria-controls={`${id}-table`} onPress={() => setShowTable((shown) => !shown)}>
        {showTable ? 'Hide data table' : 'Show data table'}
      </Button>
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && <YearTable year={year} rows={rows} />}
      </div>
    </Card>
  );
}

/**
 * The year's table twin, drawn when asked for (as the charts' twins are): a
 * react-aria table of up to 366 rows is slow to build, and moving through the
 * pixels with the arrow keys redraws the view on every key. Memoised on the
 * year's rows, so those keys leave it alone while it is shown.
 */
const YearTable = memo(function YearTable({ year, rows }: { year: number; rows: readonly PixelDay[] }) {
  return (
    <div className={insights.tableWrap} role="region" aria-label={`Year in pixels ${year}: data table`}>
      {rows.length === 0 ? (
        <p className="muted">No moods or medication changes in {year}.</p>
      ) : (
        <Table caption={`Days in ${year} with a mood or a medication change`} className={insights.table}>
          <TableHeader>
            <Column isRowHeader>Date</Column>
            <Column numeric>Mood (0–10)</Column>
            <Column>Medications taken</Column>
            <Column>Changes</Column>
          </TableHeader>
          <TableBody>
            {rows.map((d) => (
              <Row key={d.day}>
                <Cell>{formatDay(d.day)}</Cell>
                <Cell numeric>{formatValue(d.mood)}</Cell>
                <Cell>{d.medications.join(', ') || '—'}</Cell>
                <Cell>{d.changes.join('; ') || '—'}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
});
