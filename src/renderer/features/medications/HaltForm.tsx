import { useId, useState, type FormEvent } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import { PrivateForm } from '../../ui/PrivateForm';
import { withStep } from './records';
import { useRecordActions } from '../../db/useRecordActions';

interface Props {
  med: Medication;
  today: string;
  type: 'pause' | 'stop';
  onDone: () => void;
}

/** Records a pause or a stop on a date, with the reason the user gives. */
export function HaltForm({ med, today, type, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const verb = type === 'stop' ? 'Stop' : 'Pause';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A date after today has not happened yet: a plan, confirmed when the day comes.
    const next = withStep(med, { type, date, amount: null, schedule: null, reason: reason.trim(), checkIn: '', planned: date > today });
    if (await save([next])) onDone();
  };

  return (
    <PrivateForm className="meds-form meds-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {verb} {med.name}
      </h3>
      <label htmlFor={`${id}-date`}>{type === 'stop' ? 'Stop date' : 'Pause from'}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <label htmlFor={`${id}-reason`}>Reason (optional)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      {type === 'stop' && (
        <p className="muted meds-hint">A stopped medication moves to the archive; its history stays.</p>
      )}
      <p role="alert" className="error">
        {error}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save {type}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
