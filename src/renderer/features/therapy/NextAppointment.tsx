import { Link } from 'react-router';
import { nextAppointment, openQuestions } from '../../../shared/therapy/next-appointment';
import { useRecords } from '../../db/useRecords';
import { appointmentTitle } from './appointments/AppointmentCard';
import { today } from './format';
import { useProviderLabel } from './providers/ProviderSelect';
import './therapy.css';

/** Home-screen card: the next visit and the questions still to ask at it. */
export function NextAppointment() {
  const appointments = useRecords('therapy.appointment');
  const providerLabel = useProviderLabel();
  const next = nextAppointment(appointments, today());

  if (!next) {
    return (
      <section className="th-next-appointment" aria-labelledby="next-appointment-title">
        <h2 id="next-appointment-title">Next appointment</h2>
        <p className="muted">
          None planned. <Link to="/therapy?tab=appointments">Add your next appointment</Link> to gather questions for it.
        </p>
      </section>
    );
  }
  const open = openQuestions(next);
  return (
    <section className="th-next-appointment" aria-labelledby="next-appointment-title">
      <h2 id="next-appointment-title">Next appointment</h2>
      <p>{appointmentTitle(next, providerLabel)}</p>
      {open.length === 0 ? (
        <p className="muted">No open questions for this visit yet.</p>
      ) : (
        <>
          <h3>Questions for this visit</h3>
          <ul aria-label="Questions for the next appointment">
            {open.map((q) => (
              <li key={q.id} className="th-plain-text">
                {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <Link to="/therapy?tab=appointments">Open appointments</Link>
    </section>
  );
}
