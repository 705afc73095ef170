import { useId, useState, type FormEvent } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import type { LocalNow } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { PrivateForm } from '../../ui/PrivateForm';
import { asNeededDoseLog, parseAmount } from './records';
import { useRecordActions } from '../../db/useRecordActions';

/** Logs one as-needed dose: amount, time and the reason the user gives. */
export function AsNeededForm({ med, now, onDone }: { med: Medication; now: LocalNow; onDone: () => void }) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const usual = regimenOn(med, now.day)?.amount;
  const [amount, setAmount] = useState(usual === undefined ? '' : String(usual));
  const [takenAt, setTakenAt] = useState(now.time);
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save([asNeededDoseLog(med.id, now.day, takenAt, parseAmount(amount), reason)])) onDone();
  };

  return (
    <PrivateForm className="meds-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Log a dose of {med.name}</h4>
      <div className="meds-row">
        <div>
          <label htmlFor={`${id}-amount`}>Amount ({med.unit})</label>
          <input id={`${id}-amount`} className="meds-amount" type="number" step="any" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-at`}>Taken at</label>
          <input id={`${id}-at`} type="time" value={takenAt} onChange={(e) => setTakenAt(e.target.value)} />
        </div>
      </div>
      <label htmlFor={`${id}-reason`}>Reason (optional)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      <p role="alert" className="error">
        {error}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Log dose
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
