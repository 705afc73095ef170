import { useMemo } from 'react';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { dailyAdherence, type DayAdherence } from '../../../shared/medication/adherence';
import { addDays, isoWeekStart } from '../../../shared/medication/days';
import type { LocalNow } from '../../../shared/medication/doses';
import { formatDate } from '../../../shared/time/format';
import styles from './medications.module.css';

type Look = 'taken' | 'some' | 'skipped' | 'blank' | 'none';

/** How a day looks: never red, never "missed" (a blank dose is not logged, CLINICAL.md). */
function lookOf(d: DayAdherence): Look {
  if (d.due === 0) return 'none';
  if (d.taken === d.due) return 'taken';
  if (d.taken > 0) return 'some';
  if (d.skipped > 0) return 'skipped';
  return 'blank';
}

const LEGEND: [Look, string][] = [
  ['taken', 'All taken'],
  ['some', 'Some taken'],
  ['skipped', 'Skipped'],
  ['blank', 'Not logged (or still to come)'],
  ['none', 'Nothing due'],
];

/**
 * The last weeks as a calendar picture, a column per week (Monday at the top).
 * A picture only: the weekly table beside it carries the same counts for
 * screen readers and for exactness, so the grid is hidden from them.
 */
export function AdherenceCalendar({ med, logs, now, weeks = 8 }: { med: Medication; logs: readonly DoseLog[]; now: LocalNow; weeks?: number }) {
  const days = useMemo(() => {
    const from = isoWeekStart(addDays(now.day, -7 * (weeks - 1)));
    return dailyAdherence(med, logs, from, now.day, now);
  }, [med, logs, now, weeks]);
  if (!days.some((d) => d.due > 0)) return null;

  return (
    <figure className={styles.calendarFigure}>
      <div className={styles.calendar} aria-hidden="true" data-testid="adherence-calendar">
        {days.map((d) => (
          <span key={d.day} className={styles.calendarDay} data-look={lookOf(d)} title={`${formatDate(d.day)}: ${d.taken} of ${d.due} taken`} />
        ))}
      </div>
      <figcaption className={`${styles.calendarLegend} muted`} aria-hidden="true">
        {LEGEND.map(([look, words]) => (
          <span key={look}>
            <span className={styles.calendarDay} data-look={look} /> {words}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
