import { useMemo, useState } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import { addDays } from '../../../shared/medication/days';
import { dosesOn, indexLogs, type LocalNow, type ScheduledDose } from '../../../shared/medication/doses';
import { regimenOn } from '../../../shared/medication/regimen';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../vault/vault-context';
import { AsNeededForm } from './AsNeededForm';
import { DoseRow } from './DoseRow';
import { ReminderToggle } from './ReminderToggle';
import { useSave } from './useMedicationData';
import { formatTime } from '../../../shared/time/format';

interface Props {
  meds: readonly Medication[];
  now: LocalNow;
  onAdd: () => void;
}

type Row = { med: Medication; dose: ScheduledDose };

function rowsFor(meds: readonly Medication[], day: string, index: ReturnType<typeof indexLogs>, now: LocalNow): Row[] {
  return meds
    .flatMap((med) => dosesOn(med, day, index, now).map((dose) => ({ med, dose })))
    .sort((a, b) => a.dose.time.localeCompare(b.dose.time) || a.med.name.localeCompare(b.med.name));
}

/** Today's doses, one click each; yesterday's forgotten ones; as-needed doses. */
export function TodayPanel({ meds, now, onAdd }: Props) {
  const { repository } = useVault();
  const logs = useRecords('med.dose');
  const { save, error, setError } = useSave();
  const [loggingFor, setLoggingFor] = useState<string | null>(null);
  const yesterday = addDays(now.day, -1);

  const { today, forgotten, asNeeded, asNeededToday } = useMemo(() => {
    const index = indexLogs(logs);
    return {
      today: rowsFor(meds, now.day, index, now),
      forgotten: rowsFor(meds, yesterday, index, now).filter((r) => r.dose.state === 'missed'),
      asNeeded: meds.filter((m) => regimenOn(m, now.day)?.schedule.kind === 'asNeeded'),
      asNeededToday: logs.filter((l) => l.time === null && l.date === now.day),
    };
  }, [logs, meds, now, yesterday]);

  const clear = (logId: string) => void repository.remove([logId]).catch((e: Error) => setError(e.message));
  const onSave = (log: Parameters<typeof save>[0][number]) => void save([log]);
  const nameOf = (id: string) => meds.find((m) => m.id === id);

  if (meds.length === 0) {
    return (
      <div className="meds-empty">
        <p>No medications yet. Add one to see its doses here each day.</p>
        <button type="button" className="primary" onClick={onAdd}>
          Add a medication
        </button>
      </div>
    );
  }

  return (
    <>
      <section aria-labelledby="meds-today-title">
        <h2 id="meds-today-title">Today’s doses</h2>
        <p role="alert" className="error">
          {error}
        </p>
        {today.length === 0 ? (
          <p className="muted">Nothing is scheduled today.</p>
        ) : (
          <ul className="meds-doses" aria-label="Today’s doses">
            {today.map(({ med, dose }) => (
              <DoseRow key={`${med.id}${dose.time}`} med={med} dose={dose} dayLabel="today" takenNow={now.time} onSave={onSave} onClear={clear} />
            ))}
          </ul>
        )}
      </section>

      {asNeeded.length > 0 && (
        <section aria-labelledby="meds-prn-title">
          <h2 id="meds-prn-title">As needed</h2>
          <ul className="meds-prn">
            {asNeeded.map((med) => (
              <li key={med.id}>
                {loggingFor === med.id ? (
                  <AsNeededForm med={med} now={now} onDone={() => setLoggingFor(null)} />
                ) : (
                  <button type="button" onClick={() => setLoggingFor(med.id)}>
                    Log a dose of {med.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {asNeededToday.length > 0 && (
            <ul className="meds-doses" aria-label="As-needed doses today">
              {asNeededToday.map((log) => (
                <li key={log.id} className="meds-dose">
                  <span className="meds-dose-time">{log.takenAt ? formatTime(log.takenAt) : ''}</span>
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

      <section aria-labelledby="meds-yesterday-title">
        <h2 id="meds-yesterday-title">Yesterday’s forgotten doses</h2>
        {forgotten.length === 0 ? (
          <p className="muted">Every dose due yesterday has an answer.</p>
        ) : (
          <ul className="meds-doses" aria-label="Yesterday’s forgotten doses">
            {forgotten.map(({ med, dose }) => (
              <DoseRow key={`${med.id}${dose.time}`} med={med} dose={dose} dayLabel="yesterday" takenNow={null} onSave={onSave} onClear={clear} />
            ))}
          </ul>
        )}
      </section>
      <ReminderToggle />
    </>
  );
}
