import { Controller } from 'react-hook-form';
import { APPOINTMENT_TYPES, APPOINTMENT_TYPE_LABELS, therapyAppointment, type AppointmentType, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, SelectField, TextArea } from '../fields';
import { recordMeta } from '../format';
import { ProviderSelect } from '../providers/ProviderSelect';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

const TYPE_CHOICES = APPOINTMENT_TYPES.map((t) => ({ value: t, label: APPOINTMENT_TYPE_LABELS[t] }));

interface AppointmentFields {
  date: string;
  time: string;
  providerId: string;
  type: AppointmentType;
  decisions: string;
}

/** The record the fields make; an open appointment keeps its id, createdAt and questions (they are edited beside the form). */
const toAppointment = (values: AppointmentFields, editing?: TherapyAppointment): TherapyAppointment => ({
  kind: 'therapy.appointment',
  ...recordMeta(editing),
  ...values,
  time: values.time || undefined,
  providerId: values.providerId || undefined,
  questions: editing?.questions ?? [],
});

interface Props {
  editing?: TherapyAppointment;
  title: string;
  busy: boolean;
  error: string;
  onSave: (appointment: TherapyAppointment) => Promise<boolean>;
  onCancel: () => void;
}

/** When and with whom a visit is, and afterwards what was decided; checked against the stored record's schema. */
export function AppointmentForm({ editing, title, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyAppointment, (v: AppointmentFields) => toAppointment(v, editing), {
    defaultValues: {
      date: editing?.date ?? '',
      time: editing?.time ?? '',
      providerId: editing?.providerId ?? '',
      type: editing?.type ?? 'therapy',
      decisions: editing?.decisions ?? '',
    },
    busy,
    onSave,
  });

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="date"
          render={({ field, fieldState }) => <DateField label="Appointment date" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        <Controller
          control={control}
          name="time"
          render={({ field, fieldState }) => <DateField type="time" label="Time (optional)" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      </div>
      <div className={styles.fieldRow}>
        <Controller control={control} name="providerId" render={({ field }) => <ProviderSelect value={field.value} onChange={field.onChange} />} />
        <Controller
          control={control}
          name="type"
          render={({ field, fieldState }) => (
            <SelectField label="Type" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} choices={TYPE_CHOICES} />
          )}
        />
      </div>
      {/* Decisions come after the visit, so a new appointment does not ask for them yet. */}
      {editing ? (
        <Controller
          control={control}
          name="decisions"
          render={({ field, fieldState }) => (
            <TextArea label="After the visit: what was decided" rows={2} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
      ) : null}
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Add appointment" onCancel={onCancel} />
    </PrivateForm>
  );
}
