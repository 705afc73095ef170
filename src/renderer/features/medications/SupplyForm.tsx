import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { COUNTABLE_UNITS, medication, type Medication } from '../../../shared/domain/medication';
import { parseNumber } from '../../../shared/codec/number';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { useRecordActions } from '../../db/useRecordActions';
import { KitField } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { parseAmount, stamp } from './records';
import { pieceWord } from './SupplyLine';
import styles from './medications.module.css';

interface SupplyFields {
  quantity: string;
  refillDate: string;
  strength: string;
}

// The supply's fields by name; "one piece holds how much" (path ['supply']) is the strength's.
const fieldOf = (path: readonly PropertyKey[]) => (path.includes('quantity') ? 'quantity' : path.includes('refillDate') ? 'refillDate' : 'strength');

/** The count on hand at the last refill; the estimate is worked out from it. */
export function SupplyForm({ med, today, onDone }: { med: Medication; today: string; onDone: () => void }) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const needsStrength = !COUNTABLE_UNITS.includes(med.unit);
  const pieces = pieceWord(med);
  const { control, handleSubmit } = useForm<SupplyFields, unknown, Medication>({
    defaultValues: {
      quantity: med.supply ? String(med.supply.quantity) : '',
      refillDate: med.supply?.refillDate ?? today,
      strength: med.supply?.strength ? String(med.supply.strength) : '',
    },
    resolver: recordResolver(
      medication,
      (f: SupplyFields) => ({
        ...med,
        supply: { quantity: parseAmount(f.quantity), refillDate: f.refillDate, strength: needsStrength ? parseAmount(f.strength) : null },
        updatedAt: stamp(),
      }),
      fieldOf,
      // The schema's "Count whole pieces." does not say what to count; this names the pieces, and empty is as wrong as "2,5".
      (f) => (Number.isInteger(parseNumber(f.quantity)) ? [] : [{ field: 'quantity', message: `Enter how many ${pieces} you have, as a whole number.` }]),
    ),
  });

  const submit = handleSubmit(async (next) => {
    if (await save([next])) onDone();
  });

  const clear = async () => {
    if (await save([{ ...med, supply: null, updatedAt: stamp() }])) onDone();
  };

  return (
    <PrivateForm className={styles.inlineForm} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Supply</h3>
      <div className={styles.row}>
        <KitField control={control} name="quantity" kind="number" label={`Number of ${pieces} at the refill`} />
        <KitField control={control} name="refillDate" kind="date" label="Refill date" />
        {needsStrength && <KitField control={control} name="strength" kind="number" label={`${med.unit} in one of the ${pieces}`} />}
      </div>
      <FormMessage>{error}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          Save supply
        </Button>
        {med.supply && (
          <Button onPress={() => void clear()} isDisabled={busy}>
            Stop tracking supply
          </Button>
        )}
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
