import type { TherapyAppointment } from '../../../../shared/domain/therapy';
import { UndoProvider } from '../../../ui/UndoProvider';
import { useProviderLabel } from '../providers/ProviderSelect';
import { RecordPanel } from '../RecordPanel';
import { appointmentTitle } from './appointment-title';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentQuestions } from './AppointmentQuestions';
import styles from '../therapy.module.css';

/** One visit in a panel over the list: when and with whom, its questions, and afterwards what was decided. */
export function AppointmentDialog({ appointment, onClose }: { appointment?: TherapyAppointment; onClose: () => void }) {
  const providerLabel = useProviderLabel();
  const title = appointment ? appointmentTitle(appointment, providerLabel) : 'Add an appointment';
  return (
    <RecordPanel<TherapyAppointment> title={title} isNew={!appointment} onClose={onClose}>
      {({ onSave, busy, error, announce }) => (
        <>
          {/* Questions first: gathering them between visits is what a planned appointment is opened for. */}
          {appointment ? (
            <UndoProvider>
              <AppointmentQuestions appointment={appointment} title={title} announce={announce} />
            </UndoProvider>
          ) : null}
          {appointment ? <h3 className={styles.panelSubhead}>The visit</h3> : null}
          <AppointmentForm editing={appointment} title={appointment ? `Edit ${title}` : 'Add an appointment'} busy={busy} error={error} onSave={onSave} onCancel={onClose} />
        </>
      )}
    </RecordPanel>
  );
}
