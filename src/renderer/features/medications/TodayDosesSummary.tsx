import styles from './medications.module.css';
import { useCallback, useMemo, useState } from 'react';
import { indexLogs } from '../../../shared/medication/doses';
import { formatTime } from '../../../shared/time/format';
import { useRecords } from '../../db/useRecords';
import { useLocalNow } from '../../app/clock';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormMessage } from '../../ui/FormMessage';
import { Link } from '../../ui/Link';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../../db/vault-context';
import { rowsFor, type Row } from './DayDoses';
import { scheduledDoseLog } from './records';

/** Today's open doses by clock time, earliest first: each time is one "Take all" press. */
function openSlots(rows: readonly Row[]): [string, Row[]][] {
  const open = new Map<string, Row[]>();
  for (const row of rows) if (!row.dose.log) open.set(row.dose.time, [...(open.get(row.dose.time) ?? []), row]);
  return [...open.entries()];
}

/** Today's doses on the home page: how many are logged, and each open time taken in one press, with one Undo for the lot. */
export function TodayDosesSummary() {
  const { repository } = useVault();
  const meds = useRecords('med.medication');
  const logs = useRecords('med.dose');
  const now = useLocalNow();
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [problem, setProblem] = useState('');
  const closeOffer = useCallback(() => setOffer(null), []);

  const rows = useMemo(() => rowsFor(meds, now.day, indexLogs(logs), now), [meds, logs, now]);
  const answered = rows.filter((r) => r.dose.log).length;
  const slots = openSlots(rows);

  const takeAll = async (time: string, slotRows: Row[]) => {
    // These slots had no answer, so undoing removes the new logs and the doses read "not logged yet" again.
    const taken = slotRows.map(({ med, dose }) => scheduledDoseLog(med.id, dose.day, time, { status: 'taken', takenAt: now.time }, dose.log));
    setProblem('');
    try {
      await repository.save(taken);
    } catch (e) {
      setProblem((e as Error).message);
      return;
    }
    const count = taken.length === 1 ? '1 dose' : `${taken.length} doses`;
    setOffer({
      message: `${count} at ${formatTime(time)} marked as taken.`,
      undo: () => void repository.remove(taken.map((t) => t.id)).catch((e: Error) => setProblem(e.message)),
    });
  };

  if (meds.length === 0) return null;
  return (
    <Card title="Today’s doses" className={styles.homeDoses}>
      <p>
        {rows.length === 0 ? 'Nothing scheduled today.' : `${answered} of ${rows.length} logged.`}{' '}
        <Link href="/medications?tab=today">Open today’s doses</Link>
      </p>
      {slots.length > 0 && (
        <div className={`actions ${styles.takeAll}`} role="group" aria-label="Take the doses of a time">
          {slots.map(([time, slotRows]) => (
            <Button key={time} onPress={() => void takeAll(time, slotRows)} aria-label={`Take all ${formatTime(time)} today (${slotRows.length} ${slotRows.length === 1 ? 'dose' : 'doses'})`}>
              Take all {formatTime(time)}
            </Button>
          ))}
        </div>
      )}
      <FormMessage>{problem}</FormMessage>
      <UndoToast offer={offer} onClose={closeOffer} />
    </Card>
  );
}
