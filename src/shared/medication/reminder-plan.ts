import type { ReminderKind } from '../contract';
import type { DoseLog, Medication, MedicationSettings } from '../domain/medication';
import { addDays, daysBetween, minutesOf } from './days';
import type { LocalNow } from './doses';
import { upcomingReminderSlots } from './reminders';
import { refillWarnings } from './supply-ahead';

/** One reminder to come: when it fires (a local day and time), the time its text names, and its kind. */
export interface PlannedReminder {
  day: string;
  /** When it fires. */
  fires: string;
  /** The time the words name: a dose or check-in time, or the appointment's own time. */
  time: string;
  kind: ReminderKind;
  /** Appointments only, and only in the renderer: which one a click opens. Never sent to main. */
  appointmentId?: string;
}

export type ReminderChoices = Pick<MedicationSettings, 'reminders' | 'checkinReminder' | 'homeworkReminder' | 'refillReminder' | 'appointmentReminders' | 'refillWarningDays'>;

export interface ReminderData {
  meds: readonly Medication[];
  logs: readonly DoseLog[];
  appointments: readonly { id: string; date: string; time?: string }[];
  /** Days with a check-in saved: that day's check-in reminder is not needed. */
  checkinDays: ReadonlySet<string>;
}

/** An appointment without a time is reminded of the day before at this time. */
export const UNTIMED_APPOINTMENT_REMINDER = '09:00';

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Every reminder the person turned on, for the next `hours`: doses (on unless
 * turned off, as before), and the opt-in daily check-in, homework, refill (only
 * on days a supply warning stands) and appointment reminders (the day before
 * and an hour before). Only times and kinds leave for main.
 */
export function planReminders(choices: ReminderChoices | undefined, data: ReminderData, now: LocalNow, hours: number, warnDays: number): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  const within = (day: string, fires: string) => {
    const ahead = daysBetween(now.day, day) * 1440 + minutesOf(fires) - minutesOf(now.time);
    return ahead >= 0 && ahead <= hours * 60;
  };
  const add = (reminder: PlannedReminder) => {
    if (within(reminder.day, reminder.fires)) plan.push(reminder);
  };
  if (choices?.reminders ?? true) {
    for (const slot of upcomingReminderSlots(data.meds, data.logs, now, hours)) add({ day: slot.day, fires: slot.time, time: slot.time, kind: 'dose' });
  }
  const days = Array.from({ length: Math.ceil(hours / 24) + 1 }, (_, i) => addDays(now.day, i));
  for (const day of days) {
    const checkin = choices?.checkinReminder;
    if (checkin && !data.checkinDays.has(day)) add({ day, fires: checkin, time: checkin, kind: 'checkin' });
    const homework = choices?.homeworkReminder;
    if (homework) add({ day, fires: homework, time: homework, kind: 'homework' });
  }
  const refill = choices?.refillReminder;
  if (refill) {
    // A warning standing today is reminded of today and tomorrow; Today's list says which supply.
    const { warnings } = refillWarnings(data.meds, data.logs, data.appointments.map((a) => a.date), now, warnDays);
    if (warnings.length > 0) for (const day of days.slice(0, 2)) add({ day, fires: refill, time: refill, kind: 'refill' });
  }
  if (choices?.appointmentReminders) {
    for (const a of data.appointments) {
      if (daysBetween(now.day, a.date) < 0 || daysBetween(now.day, a.date) > Math.ceil(hours / 24) + 1) continue;
      const time = a.time ?? UNTIMED_APPOINTMENT_REMINDER;
      add({ day: addDays(a.date, -1), fires: time, time, kind: 'appointment', appointmentId: a.id });
      if (a.time) {
        const before = minutesOf(a.time) - 60;
        const [day, fires] = before >= 0 ? [a.date, clock(before)] : [addDays(a.date, -1), clock(before + 1440)];
        add({ day, fires, time: a.time, kind: 'appointment', appointmentId: a.id });
      }
    }
  }
  return plan.sort((a, b) => `${a.day} ${a.fires}`.localeCompare(`${b.day} ${b.fires}`) || a.kind.localeCompare(b.kind));
}
