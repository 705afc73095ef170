import { useId } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { Medication, Schedule } from '../../../shared/domain/medication';
import { totalText } from '../../../shared/medication/describe';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TimeField } from '../../ui/DateField';
import { Select } from '../../ui/Select';
import { KitField } from '../../ui/KitField';
import { parseAmount } from './records';
import styles from './medications.module.css';

export interface DoseDraft {
  amount: string;
  kind: Schedule['kind'];
  times: string[];
  /** "1" every day, "2" every other day, "7" weekly, anything else every N days. */
  everyDays: string;
}

/** A form that holds a dose under `dose` (a start, a change, a plan). */
export interface WithDose {
  dose: DoseDraft;
}

export const emptyDose: DoseDraft = { amount: '', kind: 'times', times: ['08:00'], everyDays: '1' };

export function draftFrom(amount: number, schedule: Schedule): DoseDraft {
  return {
    amount: String(amount),
    kind: schedule.kind,
    times: schedule.kind === 'times' ? [...schedule.times] : ['08:00'],
    everyDays: String(schedule.kind === 'times' ? (schedule.everyDays ?? 1) : 1),
  };
}

/** The draft as the schema will judge it (numbers through shared/codec, so "12,5" is 12.5); an empty time stays empty so its message shows. */
export function doseOf(draft: DoseDraft): { amount: number; schedule: Schedule } {
  const every = parseAmount(draft.everyDays);
  const schedule: Schedule =
    draft.kind === 'asNeeded'
      ? { kind: 'asNeeded' }
      : { kind: 'times', times: [...draft.times].sort(), ...(every === 1 ? {} : { everyDays: every }) };
  return { amount: parseAmount(draft.amount), schedule };
}

/**
 * Where a zod issue on a dose step (path under the step: amount, schedule…)
 * goes in DoseFields; undefined when it is not the dose's. The times are
 * sorted when built, so a time's message goes on the first field (the list's
 * own rules, one time twice, are about all of them).
 */
export function doseFieldOf(stepPath: readonly PropertyKey[]): string | undefined {
  if (stepPath[0] === 'amount') return 'dose.amount';
  if (stepPath[0] !== 'schedule') return undefined;
  return stepPath[1] === 'everyDays' ? 'dose.everyDays' : 'dose.times';
}

const REPEATS = [
  { id: '1', label: 'Every day' },
  { id: '2', label: 'Every other day' },
  { id: '7', label: 'Once a week' },
  { id: 'n', label: 'Every few days…' },
];

const KINDS = [
  { value: 'times', label: 'At set times' },
  { value: 'asNeeded', label: 'As needed' },
] as const;

type Dosed = Pick<Medication, 'unit'> & Partial<Pick<Medication, 'pieceStrength'>>;

/** Dose amount per dose time and the schedule, with the total per day worked out as the person types. */
export function DoseFields<T extends WithDose, R>({ control: typed, med }: { control: Control<T, unknown, R>; med: Dosed }) {
  // The dose's own names under `dose`, whatever else the form holds.
  const control = typed as unknown as Control<WithDose, unknown, R>;
  const id = useId();
  const value = useWatch({ control, name: 'dose' });
  const repeat = ['1', '2', '7'].includes(value.everyDays) ? value.everyDays : 'n';
  const { amount, schedule } = doseOf(value);
  const total = Number.isFinite(amount) && amount > 0 ? totalText(amount, schedule, med) : null;

  return (
    <>
      <KitField control={control} name="dose.amount" kind="number" label={`Amount per dose (${med.unit})`} aria-describedby={`${id}-total`} />
      {/* Said as it changes while the amount and times are typed. */}
      <p id={`${id}-total`} className={`muted ${styles.hint}`} aria-live="polite">
        {total ? `Total: ${total}` : ''}
      </p>
      <fieldset className={styles.schedule}>
        <legend>When</legend>
        <Controller
          control={control}
          name="dose.kind"
          render={({ field }) => <ChoiceGroup label="How it is taken" options={KINDS} value={field.value} onChange={field.onChange} />}
        />
        {value.kind === 'times' && (
          <>
            <div className={styles.row}>
              <Controller
                control={control}
                name="dose.everyDays"
                render={({ field }) => (
                  <Select label="How often" choices={REPEATS} value={repeat} onChange={(r) => field.onChange(r === 'n' ? '3' : r)} />
                )}
              />
              {repeat === 'n' && <KitField control={control} name="dose.everyDays" kind="number" label="Every how many days" />}
            </div>
            <Controller
              control={control}
              name="dose.times"
              render={({ field, fieldState }) => {
                const times = field.value;
                const errors = fieldState.error;
                return (
                  <ul className={styles.times} aria-label="Dose times">
                    {times.map((time, i) => (
                      <li key={i}>
                        <TimeField
                          aria-label={`Dose time ${i + 1}`}
                          value={time}
                          inputRef={i === 0 ? field.ref : undefined}
                          onChange={(t) => field.onChange(times.map((old, j) => (j === i ? t : old)))}
                          errorMessage={i === 0 ? errors?.message : undefined}
                        />
                        {times.length > 1 && (
                          <Button onPress={() => field.onChange(times.filter((_, j) => j !== i))} aria-label={`Remove dose time ${i + 1}`}>
                            Remove
                          </Button>
                        )}
                      </li>
                    ))}
                    <li>
                      <Button onPress={() => field.onChange([...times, '20:00'])} isDisabled={times.length >= 12}>
                        Add a time
                      </Button>
                    </li>
                  </ul>
                );
              }}
            />
          </>
        )}
      </fieldset>
    </>
  );
}
