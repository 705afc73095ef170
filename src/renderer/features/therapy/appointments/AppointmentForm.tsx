import { useState, type FormEvent } from 'react';
import { APPOINTMENT_TYPES, APPOINTMENT_TYPE_LABELS, type AppointmentType, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, SelectField } from '../fields';
import { recordMeta } from '../format';
import { ProviderSelect } from '../providers/ProviderSelect';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

export function AppointmentForm() {
  const { save, error, busy } = useRecordActions();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [providerId, setProviderId] = useState('');
  const [type, setType] = useState<AppointmentType>('therapy');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const appointment: TherapyAppointment = {
      kind: 'therapy.appointment',
      ...recordMeta(),
      date,
      time: time || undefined,
      providerId: providerId || undefined,
      type,
      questions: [],
      decisions: '',
    };
    if (await save([appointment])) {
      clearIfSaved(setDate, date, '');
      clearIfSaved(setTime, time, '');
    }
  };

  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="Add an appointment">
      <h3>Add an appointment</h3>
      <div className="th-field-row">
        <DateField label="Appointment date" value={date} onChange={setDate} />
        <DateField type="time" label="Time (optional)" value={time} onChange={setTime} />
        <ProviderSelect value={providerId} onChange={setProviderId} />
        <SelectField label="Type" value={type} onChange={(v) => setType(v as AppointmentType)}>
          {APPOINTMENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {APPOINTMENT_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Add appointment
      </Button>
    </PrivateForm>
  );
}
