import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { medication, type Medication } from '../../../shared/domain/medication';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { useRecordActions } from '../../db/useRecordActions';
import { KitField } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { withStep } from './records';
import styles from './medications.module.css';

interface Props {
  med: Medication;
  today: string;
  type: 'pause' | 'stop';
  onDone: () => void;
}

interface HaltFields {
  date: string;
  reason: string;
}

/** Records a pause or a stop on a date, with the reason the user gives. */
export function HaltForm({ med, today, type, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const { control, handleSubmit } = useForm<HaltFields, unknown, Medication>({
    defaultValues: { date: today, reason: '' },
    // The medication with the new step, judged by its own schema: a stop before the start is the date's problem.
    resolver: recordResolver(
      medication,
      // A date after today has not happened yet: a plan, confirmed when the day comes.
      ({ date, reason }: HaltFields) => withStep(med, { type, date, amount: null, schedule: null, reason: reason.trim(), checkIn: '', planned: date > today }),
      (path) => (path.includes('reason') ? 'reason' : 'date'),
    ),
  });
  const verb = type === 'stop' ? 'Stop' : 'Pause';

  const submit = handleSubmit(async (next) => {
    if (await save([next])) onDone();
  });

  return (
    <PrivateForm className={`${styles.form} ${styles.inlineForm}`} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {verb} {med.name}
      </h3>
      <KitField control={control} name="date" kind="date" label={type === 'stop' ? 'Stop date' : 'Pause from'} />
      <KitField control={control} name="reason" label="Reason (optional)" maxLength={500} />
      {type === 'stop' && <p className={`muted ${styles.hint}`}>A stopped medication moves to the archive; its history stays.</p>}
      <FormMessage>{error}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          Save {type}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
