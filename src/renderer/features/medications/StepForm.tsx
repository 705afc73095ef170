import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { medication, type Medication, type RegimenStep, type StepType } from '../../../shared/domain/medication';
import { addDays } from '../../../shared/medication/days';
import { directionOf, totalText } from '../../../shared/medication/describe';
import { isDoseStep, recordedSteps, sortedSteps, type DoseStep } from '../../../shared/medication/regimen';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { useRecordActions } from '../../db/useRecordActions';
import { DoseFields, doseFieldOf, doseOf, draftFrom, emptyDose, type DoseDraft } from './DoseFields';
import { KitField } from '../../ui/KitField';
import { recordResolver, type FormProblem } from '../../ui/record-form';
import { replaceStep, withStep } from './records';
import styles from './medications.module.css';

export type StepMode = 'change' | 'plan' | 'restart' | 'actual';

interface Props {
  med: Medication;
  today: string;
  mode: StepMode;
  /** For "actual": the plan that happened with a different dose; its date and dose start the form. */
  plan?: RegimenStep;
  onDone: () => void;
}

interface StepFields {
  date: string;
  dose: DoseDraft;
  reason: string;
  checkIn: string;
}

const TITLES: Record<StepMode, string> = {
  change: 'Change dose',
  plan: 'Add a planned step',
  restart: 'Restart',
  actual: 'What you took instead',
};

const DIRECTION_WORDS = { increase: 'an increase', decrease: 'a decrease', switch: 'the same amount on a new schedule' } as const;

/** A step's zod issue (path under the medication: steps, n, …) on its field; the timeline's own rules are the date's. */
function stepFieldOf(path: readonly PropertyKey[]): string {
  const under = path[0] === 'steps' ? path.slice(2) : [];
  if (under[0] === 'reason' || under[0] === 'checkIn') return under[0];
  return doseFieldOf(under) ?? 'date';
}

/** Adds one dated dose step; every earlier step stays exactly as recorded. Whether it goes up or down follows from the numbers. */
export function StepForm({ med, today, mode, plan, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const steps = sortedSteps(med);
  const last = steps[steps.length - 1];
  const lastDose = [...steps].reverse().find(isDoseStep);
  const startFrom = plan && isDoseStep(plan) ? plan : lastDose;
  // The dose in force before the new step's date: recorded history for a change, history and earlier plans for a plan.
  const pool = mode === 'plan' ? steps : recordedSteps(med);
  const doseBefore = (date: string) => [...pool].reverse().find((s): s is DoseStep => isDoseStep(s) && s.date < date && s.id !== plan?.id) ?? null;

  const stepOf = ({ date, dose, reason, checkIn }: StepFields) => {
    const next = doseOf(dose);
    const type: StepType = mode === 'restart' ? (last?.type === 'pause' ? 'resume' : 'start') : (directionOf(doseBefore(date), next) as StepType);
    // A date after today cannot have happened yet: it is saved as a plan, to confirm when it comes.
    const step = { type, date, ...next, reason: reason.trim(), checkIn: checkIn.trim(), planned: mode === 'plan' || date > today };
    return mode === 'actual' && plan ? replaceStep(med, plan.id, { ...step, planned: false }) : withStep(med, step);
  };

  const rules = ({ date }: StepFields): FormProblem[] => {
    if (mode === 'plan' && !(date > today)) return [{ field: 'date', message: 'A planned step needs a date after today. For a change that has already happened, use “Change dose”.' }];
    if (mode === 'actual' && date > today) return [{ field: 'date', message: 'What you took is dated today or earlier. For a later change, add a planned step.' }];
    return [];
  };

  const { control, handleSubmit } = useForm<StepFields, unknown, Medication>({
    defaultValues: {
      date: plan?.date ?? (mode === 'plan' && last ? addDays(last.date > today ? last.date : today, 14) : today),
      dose: startFrom ? draftFrom(startFrom.amount, startFrom.schedule) : emptyDose,
      reason: plan?.reason ?? '',
      checkIn: plan?.checkIn ?? '',
    },
    resolver: recordResolver(medication, stepOf, stepFieldOf, rules),
  });
  const date = useWatch({ control, name: 'date' });
  const dose = useWatch({ control, name: 'dose' });

  const before = doseBefore(date);
  const next = doseOf(dose);
  const readable = Number.isFinite(next.amount) && next.amount > 0;
  const direction = readable ? directionOf(before, next) : null;
  const planned = mode === 'plan' || date > today;

  const submit = handleSubmit(async (saved) => {
    if (await save([saved])) onDone();
  });

  return (
    <PrivateForm className={`${styles.form} ${styles.inlineForm}`} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{TITLES[mode]}</h3>
      <KitField control={control} name="date" kind="date" label={mode === 'plan' ? 'Planned date' : 'Date'} />
      <DoseFields control={control} med={med} />
      {mode !== 'restart' && direction && before && (
        <p className={styles.direction} role="status">
          This is {DIRECTION_WORDS[direction]}: {totalText(before.amount, before.schedule, med) ?? `${before.amount} ${med.unit} as needed`} before,{' '}
          {totalText(next.amount, next.schedule, med) ?? `${next.amount} ${med.unit} as needed`} from {date}.
        </p>
      )}
      {mode === 'change' && planned && (
        <p className={`muted ${styles.hint}`}>This date is after today, so it is saved as a plan; Cairn asks you to confirm it when the day comes.</p>
      )}
      <KitField control={control} name="reason" label="Reason (optional)" maxLength={500} />
      {mode === 'plan' && (
        <KitField
          control={control}
          name="checkIn"
          label="Check-in for this step (optional)"
          maxLength={500}
          description="For example, what you and your prescriber agreed to watch for, such as withdrawal symptoms."
        />
      )}
      <FormMessage>{error}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          {mode === 'plan' ? 'Add to plan' : 'Save change'}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
