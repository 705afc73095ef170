import { useId } from 'react';
import type { Medication, Schedule } from '../../../shared/domain/medication';
import { totalText } from '../../../shared/medication/describe';
import { parseAmount } from './records';

export interface DoseDraft {
  amount: string;
  kind: Schedule['kind'];
  times: string[];
  /** "1" every day, "2" every other day, "7" weekly, anything else every N days. */
  everyDays: string;
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

/** The draft as the schema will judge it; an empty time stays empty so its message shows. */
export function doseOf(draft: DoseDraft): { amount: number; schedule: Schedule } {
  const every = parseAmount(draft.everyDays);
  const schedule: Schedule =
    draft.kind === 'asNeeded'
      ? { kind: 'asNeeded' }
      : { kind: 'times', times: [...draft.times].sort(), ...(every === 1 ? {} : { everyDays: every }) };
  return { amount: parseAmount(draft.amount), schedule };
}

const REPEATS = [
  { value: '1', label: 'Every day' },
  { value: '2', label: 'Every other day' },
  { value: '7', label: 'Once a week' },
  { value: 'n', label: 'Every few days…' },
];

type Dosed = Pick<Medication, 'unit'> & Partial<Pick<Medication, 'pieceStrength'>>;

/** Dose amount per dose time and the schedule, with the total per day worked out as the person types. */
export function DoseFields({ med, value, onChange }: { med: Dosed; value: DoseDraft; onChange: (next: DoseDraft) => void }) {
  const id = useId();
  const set = (change: Partial<DoseDraft>) => onChange({ ...value, ...change });
  const setTime = (i: number, time: string) => set({ times: value.times.map((t, j) => (j === i ? time : t)) });
  const repeat = ['1', '2', '7'].includes(value.everyDays) ? value.everyDays : 'n';
  const { amount, schedule } = doseOf(value);
  const total = Number.isFinite(amount) && amount > 0 ? totalText(amount, schedule, med) : null;

  return (
    <>
      <label htmlFor={`${id}-amount`}>Amount per dose ({med.unit})</label>
      <input
        id={`${id}-amount`}
        className="meds-amount"
        type="number"
        step="any"
        inputMode="decimal"
        value={value.amount}
        onChange={(e) => set({ amount: e.target.value })}
        aria-describedby={`${id}-total`}
      />
      <p id={`${id}-total`} className="muted meds-hint" aria-live="polite">
        {total ? `Total: ${total}` : ''}
      </p>
      <fieldset className="meds-schedule">
        <legend>When</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={value.kind === 'times'} onChange={() => set({ kind: 'times' })} />
          At set times
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-kind`} checked={value.kind === 'asNeeded'} onChange={() => set({ kind: 'asNeeded' })} />
          As needed
        </label>
        {value.kind === 'times' && (
          <>
            <div className="meds-row">
              <div>
                <label htmlFor={`${id}-repeat`}>How often</label>
                <select id={`${id}-repeat`} value={repeat} onChange={(e) => set({ everyDays: e.target.value === 'n' ? '3' : e.target.value })}>
                  {REPEATS.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
              {repeat === 'n' && (
                <div>
                  <label htmlFor={`${id}-every`}>Every how many days</label>
                  <input id={`${id}-every`} className="meds-amount" type="number" step="1" min="1" max="90" value={value.everyDays} onChange={(e) => set({ everyDays: e.target.value })} />
                </div>
              )}
            </div>
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
          </>
        )}
      </fieldset>
    </>
  );
}
