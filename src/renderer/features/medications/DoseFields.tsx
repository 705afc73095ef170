import { useId } from 'react';
import type { DoseUnit, Schedule } from '../../../shared/domain/medication';
import { parseAmount } from './records';

export interface DoseDraft {
  amount: string;
  kind: Schedule['kind'];
  times: string[];
}

export const emptyDose: DoseDraft = { amount: '', kind: 'times', times: ['08:00'] };

export function draftFrom(amount: number, schedule: Schedule): DoseDraft {
  return { amount: String(amount), kind: schedule.kind, times: schedule.kind === 'times' ? [...schedule.times] : ['08:00'] };
}

/** The draft as the schema will judge it; an empty time stays empty so its message shows. */
export function doseOf(draft: DoseDraft): { amount: number; schedule: Schedule } {
  const schedule: Schedule = draft.kind === 'asNeeded' ? { kind: 'asNeeded' } : { kind: 'times', times: [...draft.times].sort() };
  return { amount: parseAmount(draft.amount), schedule };
}

/** Dose amount and schedule: fixed times each day, or as needed. */
export function DoseFields({ unit, value, onChange }: { unit: DoseUnit; value: DoseDraft; onChange: (next: DoseDraft) => void }) {
  const id = useId();
  const set = (change: Partial<DoseDraft>) => onChange({ ...value, ...change });
  const setTime = (i: number, time: string) => set({ times: value.times.map((t, j) => (j === i ? time : t)) });

  return (
    <>
      <label htmlFor={`${id}-amount`}>Dose ({unit})</label>
      <input
        id={`${id}-amount`}
        className="meds-amount"
        type="number"
        step="any"
        inputMode="decimal"
        value={value.amount}
        onChange={(e) => set({ amount: e.target.value })}
      />
      <fieldset className="meds-schedule">
        <legend>When</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={value.kind === 'times'} onChange={() => set({ kind: 'times' })} />
          At set times each day
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={value.kind === 'asNeeded'} onChange={() => set({ kind: 'asNeeded' })} />
          As needed
        </label>
        {value.kind === 'times' && (
          <ul className="meds-times" aria-label="Dose times">
            {value.times.map((time, i) => (
              <li key={i}>
                <input type="time" aria-label={`Dose time ${i + 1}`} value={time} onChange={(e) => setTime(i, e.target.value)} />
                {value.times.length > 1 && (
                  <button type="button" onClick={() => set({ times: value.times.filter((_, j) => j !== i) })} aria-label={`Remove dose time ${i + 1}`}>
                    Remove
                  </button>
                )}
              </li>
            ))}
            <li>
              <button type="button" onClick={() => set({ times: [...value.times, '20:00'] })} disabled={value.times.length >= 12}>
                Add a time
              </button>
            </li>
          </ul>
        )}
      </fieldset>
    </>
  );
}
