import { useEffect, useMemo } from 'react';
import { upcomingReminderSlots } from '../../../shared/medication/reminders';
import { api } from '../../app/api';
import { useRecords } from '../../db/useRecords';
import { instantOf, useLocalNow } from './clock';

/** Main holds reminders for this far ahead, so they keep coming while Cairn stays locked. */
const HOURS_AHEAD = 48;
/** Lets a lock unmount this before it could send the empty lists a cleared store shows. */
const SEND_DELAY_MS = 400;

export const useRemindersOn = (): boolean => useRecords('med.settings')[0]?.reminders ?? true;

/**
 * Sends main the dose times of the next 48 hours: instants and clock times
 * only, never a medication name. Mounted once for the whole unlocked app
 * (UnlockedApp); it resends only when the list itself changes.
 */
export function useReminderSync(): void {
  const meds = useRecords('med.medication');
  const logs = useRecords('med.dose');
  const on = useRemindersOn();
  const now = useLocalNow();

  const payload = useMemo(() => {
    const slots = on ? upcomingReminderSlots(meds, logs, now, HOURS_AHEAD) : [];
    return JSON.stringify(slots.map((s) => ({ at: instantOf(s.day, s.time), time: s.time })));
  }, [meds, logs, now, on]);

  useEffect(() => {
    const timer = setTimeout(() => void api['reminders.schedule']({ reminders: JSON.parse(payload) as [] }), SEND_DELAY_MS);
    return () => clearTimeout(timer);
  }, [payload]);
}
