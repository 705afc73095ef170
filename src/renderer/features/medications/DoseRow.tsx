import { useId, useState } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import type { ScheduledDose } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { scheduledDoseLog } from './records';
import { formatTime } from '../../../shared/time/format';

interface Props {
  med: Medication;
  dose: ScheduledDose;
  /** "today" or "yesterday": keeps the two lists' buttons distinct for screen readers. */
  dayLabel: string;
  /** The clock time "Taken" records; null asks for the time (a forgotten dose). */
  takenNow: string | null;
  onSave: (log: ReturnType<typeof scheduledDoseLog>) => void;
  onClear: (logId: string) => void;
}

const STATE_TEXT = { missed: 'Not logged', pending: 'Due', upcoming: 'Later' } as const;

/** One scheduled dose: one click for taken, or skipped with a reason. */
export function DoseRow({ med, dose, dayLabel, takenNow, onSave, onClear }: Props) {
  const id = useId();
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const [takenAt, setTakenAt] = useState(dose.time);
  const amount = regimenOn(med, dose.day)?.amount;
  const what = `${med.name} ${formatTime(dose.time)} ${dayLabel}`;
  const answer = (a: Parameters<typeof scheduledDoseLog>[3]) => onSave(scheduledDoseLog(med.id, dose.day, dose.time, a, dose.log));

  return (
    <li className={`meds-dose meds-dose-${dose.state}`}>
      <span className="meds-dose-time">{formatTime(dose.time)}</span>
      <span className="meds-dose-name">
        {med.name}
        {amount !== undefined && <span className="muted"> {amount} {med.unit}</span>}
      </span>
      {dose.log ? (
        <span className="meds-dose-answer">
          <span>
            {dose.log.status === 'taken' ? `Taken at ${dose.log.takenAt ? formatTime(dose.log.takenAt) : ''}` : `Skipped${dose.log.reason ? `: ${dose.log.reason}` : ''}`}
          </span>
          <button type="button" className="link" onClick={() => onClear(dose.log!.id)} aria-label={`Clear the answer for ${what}`}>
            Clear
          </button>
        </span>
      ) : skipping ? (
        <span className="meds-dose-answer">
          <label htmlFor={`${id}-reason`} className="visually-hidden">
            Reason for skipping {what} (optional)
          </label>
          <input id={`${id}-reason`} placeholder="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          <button type="button" onClick={() => answer({ status: 'skipped', reason })} aria-label={`Save skip: ${what}`}>
            Save skip
          </button>
          <button type="button" className="link" onClick={() => setSkipping(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <span className="meds-dose-answer">
          <span className="muted">{STATE_TEXT[dose.state as keyof typeof STATE_TEXT]}</span>
          {takenNow === null && (
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
            onClick={() => answer({ status: 'taken', takenAt: takenNow ?? takenAt })}
            aria-label={`Taken: ${what}`}
          >
            Taken
          </button>
          <button type="button" onClick={() => setSkipping(true)} aria-label={`Skip: ${what}`}>
            Skip…
          </button>
        </span>
      )}
    </li>
  );
}
