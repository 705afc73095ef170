import { useEffect, useMemo } from 'react';
import { DEFAULT_REFILL_WARNING_DAYS } from '../../../shared/domain/medication';
import { planReminders } from '../../../shared/medication/reminder-plan';
import { api } from '../../app/api';
import { useRecords } from '../../db/useRecords';
import { instantOf, useLocalNow } from '../../app/clock';

/** Main holds reminders for this far ahead, so they keep coming while Cairn stays locked. */
const HOURS_AHEAD = 48;
/** Lets a lock unmount this before it could send the empty lists a cleared store shows. */
const SEND_DELAY_MS = 400;

/**
 * Sends main the reminders of the next 48 hours the person turned on:
 * instants, clock times and kinds only, never a name or a record. Mounted once
 * for the whole unlocked app (UnlockedApp); it resends only when the list
 * itself changes.
 */
export function useReminderSync(): void {
  const meds = useRecords('med.medication');
  const logs = useRecords('med.dose');
  const appointments = useRecords('therapy.appointment');
  const checkins = useRecords('journal.checkin');
  const choices = useRecords('med.settings')[0];
  const now = useLocalNow();

  const payload = useMemo(() => {
    const checkinDays = new Set(checkins.map((c) => c.date));
    const plan = planReminders(choices, { meds, logs, appointments, checkinDays }, now, HOURS_AHEAD, choices?.refillWarningDays ?? DEFAULT_REFILL_WARNING_DAYS);
    return JSON.stringify(plan.map((r) => ({ at: instantOf(r.day, r.fires), time: r.time, kind: r.kind })));
  }, [meds, logs, appointments, checkins, choices, now]);

  useEffect(() => {
    const timer = setTimeout(() => void api['reminders.schedule']({ reminders: JSON.parse(payload) as [] }), SEND_DELAY_MS);
    return () => clearTimeout(timer);
  }, [payload]);
}


/** Dose reminders are on unless turned off (as before issue 19); the others are opt-in. */
export const useRemindersOn = (): boolean => useRecords('med.settings')[0]?.reminders ?? true;
