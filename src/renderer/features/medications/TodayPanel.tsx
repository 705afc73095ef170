import { useMemo, useState } from 'react';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { formatDay } from '../../../shared/clinical/summary';
import { addDays } from '../../../shared/medication/days';
import { indexLogs, type LocalNow } from '../../../shared/medication/doses';
import { regimenOn, trackedFrom } from '../../../shared/medication/regimen';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { AsNeededForm } from './AsNeededForm';
import { DayDoses, rowsFor } from './DayDoses';
import { PlanConfirmations } from './PlanConfirmations';
import { useRecordActions } from '../../db/useRecordActions';
import { formatTime } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import styles from './medications.module.css';

interface Props {
  meds: readonly Medication[];
  now: LocalNow;
  onAdd: () => void;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Today's doses, one click each; any earlier day picked from a calendar; as-needed doses. */
export function TodayPanel({ meds, now, onAdd }: Props) {
  const { repository } = useVault();
  const logs = useRecords('med.dose');
  const { save, error, setError } = useRecordActions();
  const [loggingFor, setLoggingFor] = useState<string | null>(null);
  const [pickedDay, setPickedDay] = useState(addDays(now.day, -1));
  // The earliest day any medication tracks doses from: nothing before it counts, so nothing to log.
  const earliest = meds.map((m) => trackedFrom(m)).filter((d): d is string => d !== null).sort()[0] ?? now.day;
  const dayProblem = !isDay(pickedDay)
    ? 'Choose a day.'
    : pickedDay >= now.day
      ? 'Choose a day before today; today’s doses are above.'
      : pickedDay < earliest
        ? `Doses are tracked from ${formatDay(earliest)}. To log earlier days, change “Tracking doses since” in the medication’s details.`
        : '';

  const { today, other, asNeeded, asNeededToday } = useMemo(() => {
    const index = indexLogs(logs);
    return {
      today: rowsFor(meds, now.day, index, now),
      other: dayProblem ? [] : rowsFor(meds, pickedDay, index, now),
      asNeeded: meds.filter((m) => regimenOn(m, now.day)?.schedule.kind === 'asNeeded'),
      asNeededToday: logs.filter((l) => l.time === null && l.date === now.day),
    };
  }, [logs, meds, now, pickedDay, dayProblem]);

  const clear = (logId: string) => void repository.remove([logId]).catch((e: Error) => setError(e.message));
  const onSave = (records: DoseLog[]) => void save(records);
  const nameOf = (medId: string) => meds.find((m) => m.id === medId);
  const otherLabel = isDay(pickedDay) ? formatDay(pickedDay) : '';

  if (meds.length === 0) {
    return (
      <div className={styles.empty}>
        <p>No medications yet. Add one to see its doses here each day.</p>
        <Button variant="primary" onPress={onAdd}>
          Add a medication
        </Button>
      </div>
    );
  }

  return (
    <>
      <PlanConfirmations meds={meds} today={now.day} />
      <section aria-labelledby="meds-today-title">
        <h2 id="meds-today-title">Today’s doses</h2>
        <FormMessage>{error}</FormMessage>
        {today.length === 0 ? (
          <p className="muted">Nothing is scheduled today.</p>
        ) : (
          <DayDoses rows={today} dayLabel="today" listLabel="Today’s doses" takenNow={now.time} onSave={onSave} onClear={clear} />
        )}
      </section>

      {asNeeded.length > 0 && (
        <section aria-labelledby="meds-prn-title">
          <h2 id="meds-prn-title">As needed</h2>
          <ul className={styles.prn}>
            {asNeeded.map((med) => (
              <li key={med.id}>
                {loggingFor === med.id ? (
                  <AsNeededForm med={med} now={now} onDone={() => setLoggingFor(null)} />
                ) : (
                  <Button onPress={() => setLoggingFor(med.id)}>Log a dose of {med.name}</Button>
                )}
              </li>
            ))}
          </ul>
          {asNeededToday.length > 0 && (
            <ul className={styles.doses} aria-label="As-needed doses today">
              {asNeededToday.map((log) => (
                <li key={log.id} className={styles.dose}>
                  <span className={styles.doseTime}>{log.takenAt ? formatTime(log.takenAt) : ''}</span>
                  <span className="meds-dose-name">
                    {nameOf(log.medicationId)?.name ?? 'A deleted medication'}{' '}
                    <span className="muted">
                      {log.amount} {nameOf(log.medicationId)?.unit}
                      {log.reason && ` · ${log.reason}`}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="meds-other-day-title">
        <h2 id="meds-other-day-title">Another day</h2>
        <p className={`muted ${styles.hint}`}>Log or correct the doses of an earlier day. A dose left blank counts as not logged, never as missed.</p>
        <DateField label="Day" value={pickedDay} min={earliest} max={addDays(now.day, -1)} onChange={setPickedDay} errorMessage={dayProblem || undefined} />
        {!dayProblem &&
          (other.length === 0 ? (
            <p className="muted">Nothing was scheduled on {otherLabel}.</p>
          ) : (
            <DayDoses rows={other} dayLabel={otherLabel} listLabel={`Doses on ${otherLabel}`} takenNow={null} onSave={onSave} onClear={clear} />
          ))}
      </section>
    </>
  );
}
