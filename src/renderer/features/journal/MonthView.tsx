import { format, parseISO } from 'date-fns';
import { useMemo, useState } from 'react';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { localDay } from '../../../shared/local-date';
import { MOOD_BANDS, monthGrid, monthMood, moodBand, shiftMonth, type MonthCell } from '../../../shared/journal/month';
import './month-view.css';

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
  if (!c) return { text: '·', label: 'no check-in; add one', band: 'none' };
  if (c.mood === undefined) return { text: '✓', label: 'check-in without a mood rating; open it', band: 'unrated' };
  return { text: String(c.mood), label: `mood ${c.mood} of 10; open the check-in`, band: String(moodBand(c.mood)) };
}

/** A calendar of one month coloured by mood; every day also says its mood in text. */
export function MonthView({ checkins, onOpenDay }: { checkins: readonly JournalCheckin[]; onOpenDay: (day: string) => void }) {
  const today = localDay(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  const byDay = useMemo(() => new Map(checkins.map((c) => [c.date, c])), [checkins]);
  const weeks = monthGrid(month, today, byDay);
  const summary = monthMood(month, checkins);
  const title = format(parseISO(`${month}-01`), 'MMMM yyyy');

  return (
    <section className="month-view" aria-labelledby="month-title">
      <div className="month-nav">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} aria-label="Previous month">
          ‹
        </button>
        <h3 id="month-title" aria-live="polite">
          {title}
        </h3>
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} aria-label="Next month" disabled={month >= today.slice(0, 7)}>
          ›
        </button>
      </div>
      <p className="muted">
        {summary.average === null
          ? 'No mood ratings this month. Choose a day to add its check-in.'
          : `Average mood ${summary.average} over ${summary.days} day${summary.days === 1 ? '' : 's'} with a rating.`}
      </p>
      <table className="month-grid" aria-labelledby="month-title">
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
                if (!cell.inMonth) return <td key={cell.day} className="outside" aria-hidden="true" />;
                if (cell.future) {
                  return (
                    <td key={cell.day}>
                      <span className="day future" aria-label={`${longDay(cell.day)}, future`}>
                        <span className="day-number">{dayNumber}</span>
                      </span>
                    </td>
                  );
                }
                const d = describe(cell);
                return (
                  <td key={cell.day}>
                    <button
                      type="button"
                      className={`day band-${d.band}${cell.day === today ? ' today' : ''}`}
                      aria-label={`${longDay(cell.day)}${cell.day === today ? ' (today)' : ''}: ${d.label}`}
                      onClick={() => onOpenDay(cell.day)}
                    >
                      <span className="day-number">{dayNumber}</span>
                      <span className="day-mood" aria-hidden="true">
                        {d.text}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="mood-legend" aria-label="Colour key">
        {MOOD_BANDS.map((range, band) => (
          <li key={range}>
            <span className={`swatch band-${band}`} aria-hidden="true" />
            Mood {range}
          </li>
        ))}
        <li>
          <span className="swatch band-none" aria-hidden="true" />· no check-in
        </li>
      </ul>
    </section>
  );
}
