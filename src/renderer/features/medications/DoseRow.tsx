import { useState } from 'react';
import { SKIP_REASONS, type Medication, type SkipReason } from '../../../shared/domain/medication';
import { describeAmount } from '../../../shared/medication/describe';
import type { ScheduledDose } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { scheduledDoseLog } from './records';
import { formatTime } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import { TimeField } from '../../ui/DateField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import styles from './medications.module.css';

const SKIP_CHOICES = SKIP_REASONS.map((r) => ({ id: r, label: r }));

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

/** The answered states have a look of their own (taken: the accent; skipped: muted); the rest look alike. */
const DOSE_STATE: Partial<Record<ScheduledDose['state'], string>> = { taken: styles.doseTaken, skipped: styles.doseSkipped };

/** One scheduled dose: one click for taken, or skipped with a reason from a short list; an answer can be changed. */
export function DoseRow({ med, dose, dayLabel, takenNow, onSave, onClear }: Props) {
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
    <li className={`${styles.dose} ${DOSE_STATE[dose.state] ?? ''}`}>
      <span className={styles.doseTime}>{formatTime(dose.time)}</span>
      <span className="meds-dose-name">
        {med.name}
        {amount !== undefined && <span className="muted"> {describeAmount(amount, med)}</span>}
      </span>
      {log ? (
        <span className={styles.doseAnswer}>
          <span>
            {log.status === 'taken'
              ? `Taken at ${log.takenAt ? formatTime(log.takenAt) : ''}`
              : `Skipped: ${log.skipReason ?? 'other'}${log.reason ? ` (${log.reason})` : ''}`}
          </span>
          <Button className="link" onPress={() => setEditing(true)} aria-label={`Change the answer for ${what}`}>
            Change
          </Button>
          <Button className="link" onPress={() => onClear(log.id)} aria-label={`Clear the answer for ${what}`}>
            Clear
          </Button>
        </span>
      ) : skipping ? (
        <span className={styles.doseAnswer}>
          <Select label={`Why was ${what} skipped`} labelHidden choices={SKIP_CHOICES} value={skipReason} onChange={(r) => setSkipReason(r as SkipReason)} />
          <TextField aria-label={`Note on skipping ${what} (optional)`} placeholder="Note (optional)" value={reason} onChange={setReason} maxLength={500} />
          <Button onPress={() => answer({ status: 'skipped', skipReason, reason })} aria-label={`Save skip: ${what}`}>
            Save skip
          </Button>
          <Button className="link" onPress={() => setSkipping(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <span className={styles.doseAnswer}>
          {!editing && <span className="muted">{STATE_TEXT[dose.state as keyof typeof STATE_TEXT]}</span>}
          {(takenNow === null || editing) && (
            <TimeField aria-label={`Time taken for ${what}`} className={styles.takenAt} value={takenAt} onChange={setTakenAt} />
          )}
          <Button
            variant="primary"
            onPress={() => answer({ status: 'taken', takenAt: takenNow !== null && !editing ? takenNow : takenAt })}
            aria-label={`Taken: ${what}`}
          >
            Taken
          </Button>
          <Button onPress={() => setSkipping(true)} aria-label={`Skip: ${what}`}>
            Skip…
          </Button>
          {editing && (
            <Button className="link" onPress={() => setEditing(false)}>
              Cancel
            </Button>
          )}
        </span>
      )}
    </li>
  );
}
