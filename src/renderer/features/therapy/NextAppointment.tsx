import { Card } from '../../ui/Card';
import { Link } from '../../ui/Link';
import { nextAppointment, openQuestions } from '../../../shared/therapy/next-appointment';
import { useRecords } from '../../db/useRecords';
import { appointmentTitle } from './appointments/appointment-title';
import { today } from './format';
import { useProviderLabel } from './providers/ProviderSelect';
import styles from './therapy.module.css';

/** Home-screen card: the next visit and the questions still to ask at it. */
export function NextAppointment() {
  const appointments = useRecords('therapy.appointment');
  const providerLabel = useProviderLabel();
  const next = nextAppointment(appointments, today());

  if (!next) {
    return (
      <Card title="Next appointment" className={styles.nextAppointment}>
        <p className="muted">
          None planned. <Link href="/therapy?tab=appointments">Add your next appointment</Link> to gather questions for it.
        </p>
      </Card>
    );
  }
  const open = openQuestions(next);
  return (
    <Card title="Next appointment" className={styles.nextAppointment}>
      <p>{appointmentTitle(next, providerLabel)}</p>
      {open.length === 0 ? (
        <p className="muted">No open questions for this visit yet.</p>
      ) : (
        <>
          <h3>Questions for this visit</h3>
          <ul aria-label="Questions for the next appointment">
            {open.map((q) => (
              <li key={q.id} className={styles.plainText}>
                {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href="/therapy?tab=appointments">Open appointments</Link>
    </Card>
  );
}
