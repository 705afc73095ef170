import './medications.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { dosesOn, indexLogs } from '../../../shared/medication/doses';
import { useRecords } from '../../db/useRecords';
import { useLocalNow } from '../../app/clock';

/** The home page's line about today's doses, with a way into the Today panel. */
export function TodayDosesSummary() {
  const meds = useRecords('med.medication');
  const logs = useRecords('med.dose');
  const now = useLocalNow();

  const { due, answered, next } = useMemo(() => {
    const index = indexLogs(logs);
    const doses = meds.flatMap((m) => dosesOn(m, now.day, index, now)).sort((a, b) => a.time.localeCompare(b.time));
    return {
      due: doses.length,
      answered: doses.filter((d) => d.log).length,
      next: doses.find((d) => !d.log && d.time >= now.time)?.time ?? null,
    };
  }, [meds, logs, now]);

  if (meds.length === 0) return null;
  return (
    <section aria-labelledby="home-doses-title" className="home-doses">
      <h2 id="home-doses-title">Today’s doses</h2>
      <p>
        {due === 0 ? 'Nothing scheduled today.' : `${answered} of ${due} logged${next ? ` · next at ${next}` : ''}.`}{' '}
        <Link to="/medications?tab=today">Open today’s doses</Link>
      </p>
    </section>
  );
}
