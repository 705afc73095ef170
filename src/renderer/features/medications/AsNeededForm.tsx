import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { doseLog, type DoseLog, type Medication } from '../../../shared/domain/medication';
import type { LocalNow } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { useRecordActions } from '../../db/useRecordActions';
import { KitField } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { asNeededDoseLog, parseAmount } from './records';
import styles from './medications.module.css';

interface AsNeededFields {
  amount: string;
  takenAt: string;
  reason: string;
}

// The log's fields by name; its own rules without a path ("Enter when the dose was taken.") are the time's.
const fieldOf = (path: readonly PropertyKey[]) => (path[0] === 'amount' || path[0] === 'reason' ? path[0] : 'takenAt');

/** Logs one as-needed dose: amount, time and the reason the user gives. */
export function AsNeededForm({ med, now, onDone }: { med: Medication; now: LocalNow; onDone: () => void }) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const usual = regimenOn(med, now.day)?.amount;
  const { control, handleSubmit } = useForm<AsNeededFields, unknown, DoseLog>({
    defaultValues: { amount: usual === undefined ? '' : String(usual), takenAt: now.time, reason: '' },
    resolver: recordResolver(doseLog, (f: AsNeededFields) => asNeededDoseLog(med.id, now.day, f.takenAt, parseAmount(f.amount), f.reason), fieldOf),
  });

  const submit = handleSubmit(async (log) => {
    if (await save([log])) onDone();
  });

  return (
    <PrivateForm className={styles.inlineForm} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Log a dose of {med.name}</h4>
      <div className={styles.row}>
        <KitField control={control} name="amount" kind="number" label={`Amount (${med.unit})`} />
        <KitField control={control} name="takenAt" kind="time" label="Taken at" />
      </div>
      <KitField control={control} name="reason" label="Reason (optional)" maxLength={500} />
      <FormMessage>{error}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          Log dose
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
