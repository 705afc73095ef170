import { useState, useSyncExternalStore } from 'react';
import { SNOOZE_MINUTES } from '../../../shared/contract';
import { spokenTime } from '../../../shared/medication/days';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { api } from '../../app/api';
import { openedReminder } from './opened-reminder';
import styles from './reminders.module.css';

const label = (minutes: number) => (minutes < 60 ? `Snooze ${minutes} minutes` : 'Snooze 1 hour');

/**
 * After a reminder opened the window: "Snooze 10 minutes / 1 hour", for the
 * platforms whose notifications have no buttons. Says no more than the
 * notification did.
 */
export function SnoozeBar() {
  const reminder = useSyncExternalStore(openedReminder.subscribe, openedReminder.get);
  const [error, setError] = useState('');
  if (!reminder) return null;
  const snooze = async (minutes: (typeof SNOOZE_MINUTES)[number]) => {
    const result = await api['reminders.snooze']({ kind: reminder.kind, time: reminder.time, minutes });
    if (result.ok) openedReminder.set(null);
    else setError(result.error.message);
  };
  return (
    <aside aria-label="Reminder" className={styles.snooze} role="region">
      <p>A reminder for {spokenTime(reminder.time)}.</p>
      {SNOOZE_MINUTES.map((minutes) => (
        <Button key={minutes} onPress={() => void snooze(minutes)}>
          {label(minutes)}
        </Button>
      ))}
      <Button variant="quiet" onPress={() => openedReminder.set(null)}>
        Dismiss
      </Button>
      <FormMessage>{error}</FormMessage>
    </aside>
  );
}
