import { Link } from 'react-router';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { adherence, loggedText, percent } from '../../../shared/medication/adherence';
import { describeStep } from '../../../shared/medication/describe';
import { isoWeekStart } from '../../../shared/medication/days';
import type { LocalNow } from '../../../shared/medication/doses';
import { currentAndNext, startDate, stepInForce } from '../../../shared/medication/regimen';
import { SupplyLine } from './SupplyLine';
import { formatDate } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import styles from './medications.module.css';

interface Props {
  current: readonly Medication[];
  archived: readonly Medication[];
  logs: readonly DoseLog[];
  now: LocalNow;
  onAdd: () => void;
}

const detailLink = (med: Medication) => ({ pathname: '/medications', search: `?med=${encodeURIComponent(med.id)}` });

function Card({ med, logs, now }: { med: Medication; logs: readonly DoseLog[]; now: LocalNow }) {
  const { current, next } = currentAndNext(med, now.day);
  const week = adherence(med, logs, isoWeekStart(now.day), now.day, now);
  return (
    <li className={styles.card}>
      <h3>
        <Link to={detailLink(med)}>{med.name}</Link>
      </h3>
      <p className="muted">
        {med.class} · {med.form}
        {med.prescriber && ` · ${med.prescriber}`}
      </p>
      <p>
        {current ? `${describeStep(current, med)} (since ${formatDate(current.date)})` : `Starts on ${formatDate(startDate(med) ?? "")}`}
      </p>
      {next && (
        <p className={styles.next}>
          {describeStep(next, med)}
        </p>
      )}
      {(week.logged > 0 || week.notLogged > 0) && (
        <p>
          This week: {loggedText(week)}
          {week.rate !== null && ` (${percent(week.rate)})`}
        </p>
      )}
      <SupplyLine med={med} logs={logs} now={now} />
    </li>
  );
}

/** Current medications first; stopped ones stay in the archive with their history. */
export function MedicationList({ current, archived, logs, now, onAdd }: Props) {
  return (
    <>
      <div className={styles.listHead}>
        <h2>Current</h2>
        <Button variant="primary" onPress={onAdd}>
          Add a medication
        </Button>
      </div>
      {current.length === 0 ? (
        <p className="muted">No current medications. Add one with the name, dose and start date your prescriber gave.</p>
      ) : (
        <ul className={styles.cards} aria-label="Current medications">
          {current.map((med) => (
            <Card key={med.id} med={med} logs={logs} now={now} />
          ))}
        </ul>
      )}
      <h2>Archive</h2>
      {archived.length === 0 ? (
        <p className="muted">Stopped medications appear here, with their full history.</p>
      ) : (
        <ul className={styles.archive} aria-label="Stopped medications">
          {archived.map((med) => (
            <li key={med.id}>
              <Link to={detailLink(med)}>{med.name}</Link>{' '}
              <span className="muted">stopped on {formatDate(stepInForce(med, now.day)?.date ?? '')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
