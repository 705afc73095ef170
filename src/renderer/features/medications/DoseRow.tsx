import { useId, useState } from 'react';
import { SKIP_REASONS, type Medication, type SkipReason } from '../../../shared/domain/medication';
import { describeAmount } from '../../../shared/medication/describe';
import type { ScheduledDose } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { scheduledDoseLog } from './records';
import { formatTime } from '../../../shared/time/format';

interface Props {
  med: Medication;
  dose: ScheduledDose;
  /** "today", or the day written out: keeps the buttons of different days distinct for screen readers. */
  dayLabel: string;
  /** The clock time "Taken" records; null asks for the time (a dose logged afterwards). */
  takenNow: string | null;
  onSave: (log: ReturnType<typeof scheduledDoseLog>) => void;
  onClear: (logId: string) => void;
}

const STATE_TEXT = { notLogged: 'Not logged', pending: 'Due', upcoming: 'Later' } as const;

/** One scheduled dose: one click for taken, or skipped with a reason from a short list; an answer can be changed. */
export function DoseRow({ med, dose, dayLabel, takenNow, onSave, onClear }: Props) {
  const id = useId();
  const [skipping, setSkipping] = useState(false);
  const [editing, setEditing] = useState(false);
  const [skipReason, setSkipReason] = useState<SkipReason>('forgot');
  const [reason, setReason] = useState('');
  const [takenAt, setTakenAt] = useState(dose.log?.takenAt ?? dose.time);
  const amount = regimenOn(med, dose.day)?.amount;
  const what = `${med.name} ${formatTime(dose.time)} ${dayLabel}`;
  const answer = (a: Parameters<typeof scheduledDoseLog>[3]) => {
    onSave(scheduledDoseLog(med.id, dose.day, dose.time, a, dose.log));
    setSkipping(false);
    setEditing(false);
  };
  const log = editing ? null : dose.log;

  return (
    <li className={`meds-dose meds-dose-${dose.state}`}>
      <span className="meds-dose-time">{formatTime(dose.time)}</span>
      <span className="meds-dose-name">
        {med.name}
        {amount !== undefined && <span className="muted"> {describeAmount(amount, med)}</span>}
      </span>
      {log ? (
        <span className="meds-dose-answer">
          <span>
            {log.status === 'taken'
              ? `Taken at ${log.takenAt ? formatTime(log.takenAt) : ''}`
              : `Skipped: ${log.skipReason ?? 'other'}${log.reason ? ` (${log.reason})` : ''}`}
          </span>
          <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Change the answer for ${what}`}>
            Change
          </button>
          <button type="button" className="link" onClick={() => onClear(log.id)} aria-label={`Clear the answer for ${what}`}>
            Clear
          </button>
        </span>
      ) : skipping ? (
        <span className="meds-dose-answer">
          <label htmlFor={`${id}-why`} className="visually-hidden">
            Why was {what} skipped
          </label>
          <select id={`${id}-why`} value={skipReason} onChange={(e) => setSkipReason(e.target.value as SkipReason)}>
            {SKIP_REASONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-reason`} className="visually-hidden">
            Note on skipping {what} (optional)
          </label>
          <input id={`${id}-reason`} placeholder="Note (optional)" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          <button type="button" onClick={() => answer({ status: 'skipped', skipReason, reason })} aria-label={`Save skip: ${what}`}>
            Save skip
          </button>
          <button type="button" className="link" onClick={() => setSkipping(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <span className="meds-dose-answer">
          {!editing && <span className="muted">{STATE_TEXT[dose.state as keyof typeof STATE_TEXT]}</span>}
          {(takenNow === null || editing) && (
            <>
              <label htmlFor={`${id}-at`} className="visually-hidden">
                Time taken for {what}
              </label>
              <input id={`${id}-at`} type="time" className="meds-taken-at" value={takenAt} onChange={(e) => setTakenAt(e.target.value)} />
            </>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => answer({ status: 'taken', takenAt: takenNow !== null && !editing ? takenNow : takenAt })}
            aria-label={`Taken: ${what}`}
          >
            Taken
          </button>
          <button type="button" onClick={() => setSkipping(true)} aria-label={`Skip: ${what}`}>
            Skip…
          </button>
          {editing && (
            <button type="button" className="link" onClick={() => setEditing(false)}>
              Cancel
            </button>
          )}
        </span>
      )}
    </li>
  );
}
