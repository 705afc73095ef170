import { useId, useState, type FormEvent } from 'react';
import type { Medication, StepType } from '../../../shared/domain/medication';
import { addDays } from '../../../shared/medication/days';
import { STEP_CHOICES } from '../../../shared/medication/describe';
import { isDoseStep, sortedSteps } from '../../../shared/medication/regimen';
import { PrivateForm } from '../../ui/PrivateForm';
import { DoseFields, doseOf, draftFrom, emptyDose, type DoseDraft } from './DoseFields';
import { withStep } from './records';
import { useSave } from './useMedicationData';

export type StepMode = 'change' | 'plan' | 'restart';

interface Props {
  med: Medication;
  today: string;
  mode: StepMode;
  onDone: () => void;
}

type ChoiceType = keyof typeof STEP_CHOICES;

const TITLES: Record<StepMode, string> = {
  change: 'Change dose',
  plan: 'Add a planned step',
  restart: 'Restart',
};

/** Adds one dated dose step; every earlier step stays exactly as recorded. */
export function StepForm({ med, today, mode, onDone }: Props) {
  const id = useId();
  const { save, error, setError, busy } = useSave();
  const steps = sortedSteps(med);
  const last = steps[steps.length - 1];
  const lastDose = [...steps].reverse().find(isDoseStep);
  const [type, setType] = useState<ChoiceType>('decrease');
  const [date, setDate] = useState(mode === 'plan' && last ? addDays(last.date > today ? last.date : today, 14) : today);
  const [dose, setDose] = useState<DoseDraft>(lastDose ? draftFrom(lastDose.amount, lastDose.schedule) : emptyDose);
  const [reason, setReason] = useState('');
  const [checkIn, setCheckIn] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'plan' && !(date > today)) {
      setError('A planned step needs a date after today. For a change that has already happened, use “Change dose”.');
      return;
    }
    const stepType: StepType = mode === 'restart' ? (last?.type === 'pause' ? 'resume' : 'start') : type;
    const next = withStep(med, { type: stepType, date, ...doseOf(dose), reason: reason.trim(), checkIn: checkIn.trim() });
    if (await save([next])) onDone();
  };

  return (
    <PrivateForm className="meds-form meds-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{TITLES[mode]}</h3>
      {mode !== 'restart' && (
        <>
          <label htmlFor={`${id}-type`}>What changes</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as ChoiceType)}>
            {Object.entries(STEP_CHOICES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-date`}>{mode === 'plan' ? 'Planned date' : 'Date'}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <DoseFields unit={med.unit} value={dose} onChange={setDose} />
      <label htmlFor={`${id}-reason`}>Reason (optional)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      {mode === 'plan' && (
        <>
          <label htmlFor={`${id}-checkin`}>Check-in for this step (optional)</label>
          <input
            id={`${id}-checkin`}
            value={checkIn}
            onChange={(e) => setCheckIn(e.target.value)}
            maxLength={500}
            aria-describedby={`${id}-checkin-hint`}
          />
          <p id={`${id}-checkin-hint`} className="muted meds-hint">
            For example, what you and your prescriber agreed to watch for, such as withdrawal symptoms.
          </p>
        </>
      )}
      <p role="alert" className="error">
        {error}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'plan' ? 'Add to plan' : 'Save change'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
