import { useId, useState, type FormEvent } from 'react';
import type { Medication, RegimenStep, StepType } from '../../../shared/domain/medication';
import { addDays } from '../../../shared/medication/days';
import { directionOf, totalText } from '../../../shared/medication/describe';
import { isDoseStep, recordedSteps, sortedSteps, type DoseStep } from '../../../shared/medication/regimen';
import { PrivateForm } from '../../ui/PrivateForm';
import { DoseFields, doseOf, draftFrom, emptyDose, type DoseDraft } from './DoseFields';
import { replaceStep, withStep } from './records';
import { useRecordActions } from '../../db/useRecordActions';

export type StepMode = 'change' | 'plan' | 'restart' | 'actual';

interface Props {
  med: Medication;
  today: string;
  mode: StepMode;
  /** For "actual": the plan that happened with a different dose; its date and dose start the form. */
  plan?: RegimenStep;
  onDone: () => void;
}

const TITLES: Record<StepMode, string> = {
  change: 'Change dose',
  plan: 'Add a planned step',
  restart: 'Restart',
  actual: 'What you took instead',
};

const DIRECTION_WORDS = { increase: 'an increase', decrease: 'a decrease', switch: 'the same amount on a new schedule' } as const;

/** Adds one dated dose step; every earlier step stays exactly as recorded. Whether it goes up or down follows from the numbers. */
export function StepForm({ med, today, mode, plan, onDone }: Props) {
  const id = useId();
  const { save, error, setError, busy } = useRecordActions();
  const steps = sortedSteps(med);
  const last = steps[steps.length - 1];
  const lastDose = [...steps].reverse().find(isDoseStep);
  const startFrom = plan && isDoseStep(plan) ? plan : lastDose;
  const [date, setDate] = useState(plan?.date ?? (mode === 'plan' && last ? addDays(last.date > today ? last.date : today, 14) : today));
  const [dose, setDose] = useState<DoseDraft>(startFrom ? draftFrom(startFrom.amount, startFrom.schedule) : emptyDose);
  const [reason, setReason] = useState(plan?.reason ?? '');
  const [checkIn, setCheckIn] = useState(plan?.checkIn ?? '');

  // The dose in force before the new step's date: recorded history for a change, history and earlier plans for a plan.
  const pool = mode === 'plan' ? steps : recordedSteps(med);
  const before = [...pool].reverse().find((s): s is DoseStep => isDoseStep(s) && s.date < date && s.id !== plan?.id) ?? null;
  const next = doseOf(dose);
  const readable = Number.isFinite(next.amount) && next.amount > 0;
  const direction = readable ? directionOf(before, next) : null;
  // A date after today cannot have happened yet: it is saved as a plan, to confirm when it comes.
  const planned = mode === 'plan' || date > today;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'plan' && !(date > today)) {
      setError('A planned step needs a date after today. For a change that has already happened, use “Change dose”.');
      return;
    }
    if (mode === 'actual' && date > today) {
      setError('What you took is dated today or earlier. For a later change, add a planned step.');
      return;
    }
    const type: StepType =
      mode === 'restart' ? (last?.type === 'pause' ? 'resume' : 'start') : (directionOf(before, next) as StepType);
    const step = { type, date, ...next, reason: reason.trim(), checkIn: checkIn.trim(), planned };
    const saved = mode === 'actual' && plan ? replaceStep(med, plan.id, { ...step, planned: false }) : withStep(med, step);
    if (await save([saved])) onDone();
  };

  return (
    <PrivateForm className="meds-form meds-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{TITLES[mode]}</h3>
      <label htmlFor={`${id}-date`}>{mode === 'plan' ? 'Planned date' : 'Date'}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <DoseFields med={med} value={dose} onChange={setDose} />
      {mode !== 'restart' && direction && before && (
        <p className="meds-direction" role="status">
          This is {DIRECTION_WORDS[direction]}: {totalText(before.amount, before.schedule, med) ?? `${before.amount} ${med.unit} as needed`} before,{' '}
          {totalText(next.amount, next.schedule, med) ?? `${next.amount} ${med.unit} as needed`} from {date}.
        </p>
      )}
      {mode === 'change' && planned && (
        <p className="muted meds-hint">This date is after today, so it is saved as a plan; Cairn asks you to confirm it when the day comes.</p>
      )}
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
