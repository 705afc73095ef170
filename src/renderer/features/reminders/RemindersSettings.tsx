import { useEffect, useId, useRef, useState } from 'react';
import type { MedicationSettings } from '../../../shared/domain/medication';
import { api } from '../../app/api';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import './reminders.css';
import { stampNow } from '../../db/record-stamp';

type Choices = Partial<Pick<MedicationSettings, 'reminders' | 'checkinReminder' | 'homeworkReminder' | 'refillReminder' | 'appointmentReminders'>>;
type TimedKey = 'checkinReminder' | 'homeworkReminder' | 'refillReminder';

/** The opt-in reminders that ring at a time the person picks, with the time first offered. */
const TIMED: readonly { key: TimedKey; label: string; first: string }[] = [
  { key: 'checkinReminder', label: 'Daily check-in', first: '20:00' },
  { key: 'homeworkReminder', label: 'Therapy homework, daily', first: '18:00' },
  { key: 'refillReminder', label: 'Refills, on days a supply is running low', first: '10:00' },
];
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * Settings → Reminders (issue 19 point 5): every kind opt-in but doses (on as
 * before), kept in the vault's medication settings. Self-contained so it can
 * sit on any settings page.
 */
export function RemindersSettings() {
  const id = useId();
  const stored = useRecords('med.settings')[0];
  const { repository } = useVault();
  const [error, setError] = useState('');
  // Shows choices at once while they are being sealed; the stored record takes over after.
  const [pending, setPending] = useState<Choices | null>(null);
  const choices: Choices = { reminders: true, ...stored, ...pending };
  // Saves run one after another, each on the latest stored settings: two quick clicks used to
  // both start from the record of the last render, and the second save undid the first.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const change = (next: Choices) => {
    setPending((shown) => ({ ...shown, ...next }));
    inFlight.current++;
    queue.current = queue.current.then(async () => {
      const latest = repository.store.get('med.settings') as MedicationSettings | undefined;
      const now = stampNow();
      try {
        await repository.save([{ reminders: true, ...latest, ...next, kind: 'med.settings', id: 'med.settings', createdAt: latest?.createdAt ?? now, updatedAt: now }]);
        setError('');
      } catch (e) {
        setError((e as Error).message);
      } finally {
        if (--inFlight.current === 0) setPending(null);
      }
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="reminders-settings">
      {/* The page's h2 and the dose-time switch come first, from the medications feature (ReminderToggle). */}
      <h3 id={`${id}-title`}>Other reminders</h3>
      <p className="muted" id={`${id}-privacy`}>
        A reminder says only “Cairn: a reminder for 8:00”, never a medication, condition or therapy. Clicking it opens the
        right place. Reminders need Cairn running: open (locked is fine) or in the background, as set below.
      </p>
      {TIMED.map(({ key, label, first }) => {
        const time = choices[key];
        return (
          <div key={key} className="reminders-row">
            <label className="checkbox">
              <input type="checkbox" checked={time !== undefined} onChange={(e) => change({ [key]: e.target.checked ? first : undefined })} />
              {label}
            </label>
            {time !== undefined && (
              <label className="reminders-time">
                at
                <input
                  type="time"
                  aria-label={`${label}: time`}
                  value={time}
                  onChange={(e) => {
                    if (isTime(e.target.value)) change({ [key]: e.target.value });
                  }}
                />
              </label>
            )}
          </div>
        );
      })}
      <label className="checkbox">
        <input type="checkbox" checked={choices.appointmentReminders ?? false} onChange={(e) => change({ appointmentReminders: e.target.checked })} />
        Appointments, the day before and an hour before
      </label>
      <p role="alert" className="error">
        {error}
      </p>
      <KeepRunning />
    </section>
  );
}

/** Kept by main (it must be known at the lock screen too), so it is read and set over IPC. */
function KeepRunning() {
  const id = useId();
  const [keepRunning, setKeepRunning] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void api['app.background']({}).then((r) => (r.ok ? setKeepRunning(r.value.keepRunning) : setError(r.error.message)));
  }, []);
  const change = async (next: boolean) => {
    const r = await api['app.background']({ keepRunning: next });
    if (r.ok) setKeepRunning(r.value.keepRunning);
    else setError(r.error.message);
  };
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" checked={keepRunning ?? false} disabled={keepRunning === null} aria-describedby={`${id}-hint`} onChange={(e) => void change(e.target.checked)} />
        Keep running in the background when the window is closed
      </label>
      <p id={`${id}-hint`} className="muted">
        Closing the window then locks your journal and leaves a Cairn icon in the tray (the menu bar on a Mac) to open it
        again or quit. Without this, reminders stop when you close Cairn.
      </p>
      <p role="alert" className="error">
        {error}
      </p>
    </>
  );
}
