import { useMemo } from 'react';
import { useRecords } from '../../../db/useRecords';
import { ErrorLine } from '../fields';
import { today } from '../format';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { AppointmentCard } from './AppointmentCard';
import { AppointmentForm } from './AppointmentForm';

const when = (a: { date: string; time?: string }) => `${a.date}T${a.time ?? '99:99'}`;

export function AppointmentsPanel() {
  const appointments = useRecords('therapy.appointment');
  const undoable = useRecordActions();
  const day = today();
  const upcoming = useMemo(() => appointments.filter((a) => a.date >= day).sort((a, b) => when(a).localeCompare(when(b))), [appointments, day]);
  const past = useMemo(() => appointments.filter((a) => a.date < day).sort((a, b) => when(b).localeCompare(when(a))), [appointments, day]);
  const pastPage = usePaged(past, 'Past appointments', (a) => a.id);
  const upcomingPage = usePaged(upcoming, 'Upcoming appointments', (a) => a.id);

  const list = (items: readonly (typeof upcoming)[number][], label: string) => (
    <ul className="th-record-list" aria-label={label}>
      {items.map((a) => (
        <li key={a.id}>
          <AppointmentCard appointment={a} undoable={undoable} />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <AppointmentForm />
      <ErrorLine error={undoable.error} />
      <h3>Upcoming</h3>
      {upcoming.length === 0 ? (
        <p className="muted">No upcoming appointment. Add the next one to collect questions for it as they come up.</p>
      ) : (
        <>
          {list(upcomingPage.page, 'Upcoming appointments')}
          {upcomingPage.pager}
        </>
      )}
      {past.length > 0 ? (
        <>
          <h3>Past</h3>
          {list(pastPage.page, 'Past appointments')}
          {pastPage.pager}
        </>
      ) : null}
    </>
  );
}
