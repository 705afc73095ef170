import { useId, useState, type FormEvent } from 'react';
import {
  COUNTABLE_UNITS,
  DOSE_UNITS,
  STRENGTH_UNITS,
  MEDICATION_CLASSES,
  MEDICATION_FORMS,
  type DoseUnit,
  type Medication,
  type MedicationClass,
} from '../../../shared/domain/medication';
import { trackedFrom } from '../../../shared/medication/regimen';
import { PrivateForm } from '../../ui/PrivateForm';
import { DoseFields, doseOf, emptyDose, type DoseDraft } from './DoseFields';
import { parseAmount, stamp } from './records';
import { useRecordActions } from '../../db/useRecordActions';
import { newId } from '../../db/record-stamp';

interface Props {
  /** Absent: a new medication with its start; present: edit the details only (changes of dose are steps). */
  existing?: Medication;
  today: string;
  onDone: (id: string | null) => void;
}

type Form = Medication['form'];

export function MedicationForm({ existing, today, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const [name, setName] = useState(existing?.name ?? '');
  const [medClass, setMedClass] = useState<MedicationClass>(existing?.class ?? 'SSRI');
  const [form, setForm] = useState<Form>(existing?.form ?? 'tablet');
  const [unit, setUnit] = useState<DoseUnit>(existing?.unit ?? 'mg');
  const [prescriber, setPrescriber] = useState(existing?.prescriber ?? '');
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [startDate, setStartDate] = useState(today);
  const [dose, setDose] = useState<DoseDraft>(emptyDose);
  // Default: the day the medication is entered; earlier doses were never logged here, so they count as nothing.
  const [tracking, setTracking] = useState(existing ? (trackedFrom(existing) ?? today) : today);
  const [strength, setStrength] = useState(existing?.pieceStrength ? String(existing.pieceStrength.amount) : '');
  const [strengthUnit, setStrengthUnit] = useState<(typeof STRENGTH_UNITS)[number]>(existing?.pieceStrength?.unit ?? 'mg');
  const countable = COUNTABLE_UNITS.includes(unit);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = stamp();
    const pieceStrength = countable && strength.trim() !== '' ? { amount: parseAmount(strength), unit: strengthUnit } : null;
    const details = {
      name: name.trim(),
      class: medClass,
      form,
      unit,
      prescriber: prescriber.trim(),
      reason: reason.trim(),
      trackedFrom: tracking,
      pieceStrength,
    };
    const record: Medication = existing
      ? { ...existing, ...details, updatedAt: now }
      : {
          kind: 'med.medication',
          id: newId(),
          createdAt: now,
          updatedAt: now,
          ...details,
          steps: [{ id: newId(), type: 'start', date: startDate, ...doseOf(dose), reason: reason.trim(), checkIn: '' }],
          supply: null,
        };
    if (await save([record])) onDone(record.id);
  };

  return (
    <PrivateForm className="meds-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{existing ? `Edit ${existing.name}` : 'Add a medication'}</h2>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      <div className="meds-row">
        <div>
          <label htmlFor={`${id}-class`}>Class</label>
          <select id={`${id}-class`} value={medClass} onChange={(e) => setMedClass(e.target.value as MedicationClass)}>
            {MEDICATION_CLASSES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-form`}>Form</label>
          <select id={`${id}-form`} value={form} onChange={(e) => setForm(e.target.value as Form)}>
            {MEDICATION_FORMS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-unit`}>Unit</label>
          <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as DoseUnit)}>
            {DOSE_UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-prescriber`}>Prescriber (optional)</label>
      <input id={`${id}-prescriber`} value={prescriber} onChange={(e) => setPrescriber(e.target.value)} maxLength={120} />
      <label htmlFor={`${id}-reason`}>What it is for (optional)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      {!existing && (
        <>
          <label htmlFor={`${id}-start`}>Start date</label>
          <input id={`${id}-start`} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          <DoseFields med={{ unit, pieceStrength: countable && parseAmount(strength) > 0 ? { amount: parseAmount(strength), unit: strengthUnit } : null }} value={dose} onChange={setDose} />
        </>
      )}
      {countable && (
        <div className="meds-row">
          <div>
            <label htmlFor={`${id}-strength`}>{`Strength of one of the ${unit} (optional)`}</label>
            <input id={`${id}-strength`} className="meds-amount" type="number" step="any" value={strength} onChange={(e) => setStrength(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-strength-unit`}>Strength unit</label>
            <select id={`${id}-strength-unit`} value={strengthUnit} onChange={(e) => setStrengthUnit(e.target.value as (typeof STRENGTH_UNITS)[number])}>
              {STRENGTH_UNITS.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </div>
        </div>
      )}
      <label htmlFor={`${id}-tracking`}>Tracking doses since</label>
      <input id={`${id}-tracking`} type="date" value={tracking} onChange={(e) => setTracking(e.target.value)} aria-describedby={`${id}-tracking-hint`} />
      <p id={`${id}-tracking-hint`} className="muted meds-hint">
        Doses before this day are not counted: not taken, not skipped, not “not logged”. Move it back if you want to log
        earlier days.
      </p>
      <p role="alert" className="error">
        {error}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {existing ? 'Save details' : 'Add medication'}
        </button>
        <button type="button" onClick={() => onDone(existing?.id ?? null)}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
