import { useMemo } from 'react';
import { CalendarClock } from 'lucide-react';
import type { TherapyAppointment } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorLine } from '../fields';
import { today } from '../format';
import { usePaged } from '../Paged';
import { useProviderLabel } from '../providers/ProviderSelect';
import { ListHeading, usePanelList } from '../RecordPanel';
import { AppointmentCard } from './AppointmentCard';
import { AppointmentDialog } from './AppointmentDialog';
import { appointmentTitle } from './appointment-title';
import styles from '../therapy.module.css';

const when = (a: { date: string; time?: string }) => `${a.date}T${a.time ?? '99:99'}`;

/** Upcoming visits (soonest first) and past ones (latest first), each a list that pages; a visit opens in a panel. */
export function AppointmentsPanel() {
  const appointments = useRecords('therapy.appointment');
  const providerLabel = useProviderLabel();
  const panel = usePanelList(appointments);
  const day = today();
  const upcoming = useMemo(() => appointments.filter((a) => a.date >= day).sort((a, b) => when(a).localeCompare(when(b))), [appointments, day]);
  const past = useMemo(() => appointments.filter((a) => a.date < day).sort((a, b) => when(b).localeCompare(when(a))), [appointments, day]);
  const pastPage = usePaged(past, 'Past appointments', (a) => a.id);
  const upcomingPage = usePaged(upcoming, 'Upcoming appointments', (a) => a.id);

  const list = (items: readonly TherapyAppointment[], label: string) => (
    <ul className={styles.recordList} aria-label={label}>
      {items.map((a) => {
        const title = appointmentTitle(a, providerLabel);
        return (
          <li key={a.id}>
            <AppointmentCard appointment={a} title={title} onOpen={() => panel.openRecord(a.id)} onDelete={() => panel.remove(a.id, 'Appointment deleted.')} />
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Upcoming</ListHeading>
        {/* Always in the same place, so focus has the same button to come back to when the first one is added. */}
        <Button variant="primary" onPress={panel.openNew}>
          New appointment
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {upcoming.length === 0 ? (
        <EmptyState icon={<CalendarClock size={28} />} title="No upcoming appointment.">
          Add the next one to collect questions for it as they come up.
        </EmptyState>
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
      {panel.isNew ? <AppointmentDialog onClose={panel.close} /> : null}
      {panel.opened ? <AppointmentDialog key={panel.opened.id} appointment={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
