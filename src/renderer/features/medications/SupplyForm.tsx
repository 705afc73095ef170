import { useId, useState, type FormEvent } from 'react';
import { COUNTABLE_UNITS, type Medication } from '../../../shared/domain/medication';
import { PrivateForm } from '../../ui/PrivateForm';
import { parseAmount, stamp } from './records';
import { pieceWord } from './SupplyLine';
import { useRecordActions } from '../../db/useRecordActions';

/** The count on hand at the last refill; the estimate is worked out from it. */
export function SupplyForm({ med, today, onDone }: { med: Medication; today: string; onDone: () => void }) {
  const id = useId();
  const { save, error, setError, busy } = useRecordActions();
  const needsStrength = !COUNTABLE_UNITS.includes(med.unit);
  const [quantity, setQuantity] = useState(med.supply ? String(med.supply.quantity) : '');
  const [refillDate, setRefillDate] = useState(med.supply?.refillDate ?? today);
  const [strength, setStrength] = useState(med.supply?.strength ? String(med.supply.strength) : '');
  const pieces = pieceWord(med);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = parseAmount(quantity);
    if (quantity.trim() === '' || !Number.isInteger(count)) return setError(`Enter how many ${pieces} you have, as a whole number.`);
    const supply = { quantity: count, refillDate, strength: needsStrength ? parseAmount(strength) : null };
    if (await save([{ ...med, supply, updatedAt: stamp() }])) onDone();
  };

  const clear = async () => {
    if (await save([{ ...med, supply: null, updatedAt: stamp() }])) onDone();
  };

  return (
    <PrivateForm className="meds-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Supply</h3>
      <div className="meds-row">
        <div>
          <label htmlFor={`${id}-qty`}>{`Number of ${pieces} at the refill`}</label>
          <input id={`${id}-qty`} type="number" step="1" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Refill date</label>
          <input id={`${id}-date`} type="date" value={refillDate} onChange={(e) => setRefillDate(e.target.value)} />
        </div>
        {needsStrength && (
          <div>
            <label htmlFor={`${id}-strength`}>{`${med.unit} in one of the ${pieces}`}</label>
            <input id={`${id}-strength`} type="number" step="any" value={strength} onChange={(e) => setStrength(e.target.value)} />
          </div>
        )}
      </div>
      <p role="alert" className="error">
        {error}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save supply
        </button>
        {med.supply && (
          <button type="button" onClick={() => void clear()} disabled={busy}>
            Stop tracking supply
          </button>
        )}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
