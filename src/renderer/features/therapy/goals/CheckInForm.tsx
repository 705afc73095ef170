import { useEffect, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { goalCheckIn, type GoalCheckIn, type TherapyGoal } from '../../../../shared/domain/therapy';
import { newId } from '../../../db/record-stamp';
import { useRecordActions } from '../../../db/useRecordActions';
import { Button } from '../../../ui/Button';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, NumberField, TextField } from '../fields';
import { formatDay, numberOrUndefined, today } from '../format';
import { recordResolver } from '../../../ui/record-form';
import styles from '../therapy.module.css';

interface CheckInFields {
  date: string;
  score: string;
  note: string;
}

const toCheckIn = (values: CheckInFields, editing?: GoalCheckIn): GoalCheckIn => ({
  id: editing?.id ?? newId(),
  date: values.date,
  score: numberOrUndefined(values.score) as number,
  note: values.note,
});

interface Props {
  goal: TherapyGoal;
  /** The check-in being corrected; none to add a new one. */
  editing?: GoalCheckIn;
  /** After a save (with what to say) or Cancel. */
  onDone: (message: string) => void;
}

/** Adds a progress check-in to a goal, or corrects one; checked against the stored check-in's schema and the goal's start date. */
export function CheckInForm({ goal, editing, onDone }: Props) {
  const { update, error, busy } = useRecordActions();
  // The goal's own rule (no check-in before it started), said on the date field rather than on the whole goal.
  const schema = useMemo(
    () => goalCheckIn.refine((c) => c.date >= goal.startDate, { message: `Pick a day on or after the goal’s start (${formatDay(goal.startDate)}).`, path: ['date'] }),
    [goal.startDate],
  );
  const resolver = useMemo(() => recordResolver(schema, (v: CheckInFields) => toCheckIn(v, editing)), [schema, editing]);
  const blank = { date: today(), score: '', note: '' };
  const { control, handleSubmit, reset, setFocus } = useForm<CheckInFields, unknown, GoalCheckIn>({
    resolver,
    defaultValues: editing ? { date: editing.date, score: String(editing.score), note: editing.note } : blank,
  });
  // Edit moves focus into the form, on the score (the likeliest thing to correct).
  useEffect(() => {
    if (editing) setFocus('score');
  }, [editing, setFocus]);
  const what = editing ? `the check-in of ${formatDay(editing.date)}` : undefined;

  const submit = handleSubmit(async (checkIn) => {
    if (busy) return;
    const saved = await update<'therapy.goal'>(goal.id, (g) => ({
      ...g,
      checkIns: editing ? g.checkIns.map((c) => (c.id === checkIn.id ? checkIn : c)) : [...g.checkIns, checkIn],
    }));
    if (!saved) return;
    // Ready for the next one: the day stays (several goals are often rated on the same day), the score and note empty.
    reset({ ...blank, date: checkIn.date });
    onDone(editing ? 'Check-in saved.' : `Check-in added: ${checkIn.score}/10 on ${formatDay(checkIn.date)}.`);
  });

  return (
    <PrivateForm className={styles.inlineForm} onSubmit={(e) => void submit(e)} noValidate aria-label={what ? `Correct ${what}` : `Check in on ${goal.title}`}>
      <div className={styles.fieldRow}>
        <Controller control={control} name="date" render={({ field, fieldState }) => <DateField label="Check-in date" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
        <Controller
          control={control}
          name="score"
          render={({ field, fieldState }) => <NumberField label="Progress (0–10)" min={0} max={10} inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        <Controller control={control} name="note" render={({ field, fieldState }) => <TextField label="Note (optional)" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      </div>
      {error ? <FormMessage>{error}</FormMessage> : null}
      <div className="actions">
        <Button type="submit">{editing ? 'Save check-in' : 'Add check-in'}</Button>
        {editing ? (
          <Button variant="quiet" onPress={() => onDone('')}>
            Cancel
          </Button>
        ) : null}
      </div>
    </PrivateForm>
  );
}
