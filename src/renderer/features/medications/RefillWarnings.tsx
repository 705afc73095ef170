import styles from './medications.module.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../../shared/clinical/summary';
import { DEFAULT_REFILL_WARNING_DAYS } from '../../../shared/domain/medication';
import { refillWarnings } from '../../../shared/medication/supply-ahead';
import { useRecords } from '../../db/useRecords';
import { useLocalNow } from '../../app/clock';

const inDays = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);

/**
 * Today's warning about supplies: each one the estimate (logged doses, then
 * the plan ahead) says runs out within the person's warning days, or before
 * their next appointment. Renders nothing when there is nothing to say.
 */
export function RefillWarnings() {
  const meds = useRecords('med.medication');
  const logs = useRecords('med.dose');
  const settings = useRecords('med.settings')[0];
  const appointments = useRecords('therapy.appointment');
  const now = useLocalNow();
  const warnDays = settings?.refillWarningDays ?? DEFAULT_REFILL_WARNING_DAYS;

  const { warnings, next } = useMemo(
    () => refillWarnings(meds, logs, appointments.map((a) => a.date), now, warnDays),
    [meds, logs, appointments, now, warnDays],
  );

  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="home-refills-title" className="home-refills">
      <h2 id="home-refills-title">Supplies running low</h2>
      <ul aria-label="Supplies running low">
        {warnings.map(({ med, runsOutOn, daysLeft, beforeAppointment }) => (
          <li key={med.id}>
            <Link to={{ pathname: '/medications', search: `?med=${encodeURIComponent(med.id)}` }}>{med.name}</Link>: runs out around{' '}
            {formatDay(runsOutOn)} ({inDays(daysLeft)})
            {beforeAppointment && next ? `, before your next appointment on ${formatDay(next)}` : ''}.
          </li>
        ))}
      </ul>
      <p className={`muted ${styles.hint}`}>
        An estimate from your last count, the doses you logged as taken and the steps you planned; doses not logged are not
        counted as taken.
      </p>
    </section>
  );
}
