import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { APPOINTMENT_TYPES, APPOINTMENT_TYPE_LABELS, therapyAppointment, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, SelectField, TextArea } from '../fields';
import { recordMeta } from '../format';
import { ProviderSelect } from '../providers/ProviderSelect';
import { recordResolver } from '../record-form';
import { PanelActions } from '../RecordPanel';

const appointmentFields = z.object({
  date: z.string(),
  time: z.string(),
  providerId: z.string(),
  type: z.enum(APPOINTMENT_TYPES),
  decisions: z.string(),
});
type AppointmentFields = z.infer<typeof appointmentFields>;

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
  const resolver = useMemo(() => recordResolver(appointmentFields, therapyAppointment, (v) => toAppointment(v, editing)), [editing]);
  const { control, handleSubmit, reset, formState } = useForm<AppointmentFields>({
    resolver,
    defaultValues: {
      date: editing?.date ?? '',
      time: editing?.time ?? '',
      providerId: editing?.providerId ?? '',
      type: editing?.type ?? 'therapy',
      decisions: editing?.decisions ?? '',
    },
  });
  const submit = handleSubmit(async (values) => {
    if (busy) return;
    if (await onSave(toAppointment(values, editing))) reset(values);
  });

  return (
    <PrivateForm className="th-panel-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <div className="th-field-row">
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
      <div className="th-field-row">
        <Controller control={control} name="providerId" render={({ field }) => <ProviderSelect value={field.value} onChange={field.onChange} />} />
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <SelectField label="Type" value={field.value} onChange={field.onChange}>
              {APPOINTMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {APPOINTMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </SelectField>
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
