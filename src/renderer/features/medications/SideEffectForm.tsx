import { useId, useState, type FormEvent } from 'react';
import { SIDE_EFFECT_STARTERS, type Medication, type SideEffect } from '../../../shared/domain/medication';
import { PrivateForm } from '../../ui/PrivateForm';
import { stamp } from './records';
import { useSave } from './useMedicationData';

const SEVERITY = ['1 – barely noticeable', '2 – mild', '3 – moderate', '4 – strong', '5 – severe'];

interface Props {
  meds: readonly Medication[];
  today: string;
  /** Pre-selects a medication (from its detail page). */
  medicationId?: string;
}

/** A side effect: a starter symptom or the user's own words, a severity and a day. */
export function SideEffectForm({ meds, today, medicationId }: Props) {
  const id = useId();
  const { save, error, busy } = useSave();
  const [symptom, setSymptom] = useState('');
  const [severity, setSeverity] = useState(2);
  const [date, setDate] = useState(today);
  const [linked, setLinked] = useState(medicationId ?? '');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = stamp();
    const record: SideEffect = {
      kind: 'med.sideEffect',
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      date,
      symptom: symptom.trim(),
      severity,
      medicationId: linked || null,
      note: note.trim(),
    };
    if (await save([record])) {
      setSaved(`Recorded ${record.symptom} on ${record.date}.`);
      setSymptom('');
      setNote('');
    }
  };

  return (
    <PrivateForm className="meds-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Record a side effect</h2>
      <label htmlFor={`${id}-symptom`}>Symptom</label>
      <input
        id={`${id}-symptom`}
        list={`${id}-starters`}
        value={symptom}
        onChange={(e) => setSymptom(e.target.value)}
        maxLength={80}
        aria-describedby={`${id}-symptom-hint`}
      />
      <datalist id={`${id}-starters`}>
        {SIDE_EFFECT_STARTERS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id={`${id}-symptom-hint`} className="muted meds-hint">
        Pick from the list (nausea, headache, insomnia…) or describe it in your own words.
      </p>
      <div className="meds-row">
        <div>
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(Number(e.target.value))}>
            {SEVERITY.map((label, i) => (
              <option key={label} value={i + 1}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-med`}>Medication (optional)</label>
          <select id={`${id}-med`} value={linked} onChange={(e) => setLinked(e.target.value)}>
            <option value="">Not linked to one</option>
            {meds.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      <p role="alert" className="error">
        {error}
      </p>
      <p role="status">{saved}</p>
      <button type="submit" className="primary" disabled={busy}>
        Record side effect
      </button>
    </PrivateForm>
  );
}
