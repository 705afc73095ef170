import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { dosesOn, type LocalNow, type ScheduledDose } from '../../../shared/medication/doses';
import { DoseRow } from './DoseRow';
import { scheduledDoseLog } from './records';
import { formatTime } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import styles from './medications.module.css';

export type Row = { med: Medication; dose: ScheduledDose };

export function rowsFor(meds: readonly Medication[], day: string, index: Map<string, DoseLog>, now: LocalNow): Row[] {
  return meds
    .flatMap((med) => dosesOn(med, day, index, now).map((dose) => ({ med, dose })))
    .sort((a, b) => a.dose.time.localeCompare(b.dose.time) || a.med.name.localeCompare(b.med.name));
}

interface Props {
  rows: Row[];
  /** Names the list and the buttons ("today", "Mon 30 Nov"). */
  dayLabel: string;
  listLabel: string;
  /** The clock time "Taken" records today; null on another day (the dose's own time, editable). */
  takenNow: string | null;
  onSave: (logs: DoseLog[]) => void;
  onClear: (logId: string) => void;
}

/** One day's scheduled doses, with "Take all 08:00" for a time slot with more than one dose still open. */
export function DayDoses({ rows, dayLabel, listLabel, takenNow, onSave, onClear }: Props) {
  const open = new Map<string, Row[]>();
  for (const row of rows) if (!row.dose.log) open.set(row.dose.time, [...(open.get(row.dose.time) ?? []), row]);
  // Only where one click saves several: a slot with a single dose has its own Taken button.
  const slots = [...open.entries()].filter(([, r]) => r.length > 1);

  const takeAll = (time: string, slotRows: Row[]) =>
    onSave(slotRows.map(({ med, dose }) => scheduledDoseLog(med.id, dose.day, time, { status: 'taken', takenAt: takenNow ?? time }, dose.log)));

  return (
    <>
      {slots.length > 0 && (
        <div className={`actions ${styles.takeAll}`} role="group" aria-label={`Take every dose of a time, ${dayLabel}`}>
          {slots.map(([time, slotRows]) => (
            <Button key={time} onPress={() => takeAll(time, slotRows)} aria-label={`Take all ${formatTime(time)} ${dayLabel} (${slotRows.length} doses)`}>
              Take all {formatTime(time)}
            </Button>
          ))}
        </div>
      )}
      <ul className={styles.doses} aria-label={listLabel}>
        {rows.map(({ med, dose }) => (
          <DoseRow
            key={`${med.id}${dose.time}`}
            med={med}
            dose={dose}
            dayLabel={dayLabel}
            takenNow={takenNow}
            onSave={(log) => onSave([log])}
            onClear={onClear}
          />
        ))}
      </ul>
    </>
  );
}
