import { z } from 'zod';
import { timeOfDay, type MedicationSettings } from '../../../shared/domain/medication';

export type TimedKey = 'checkinReminder' | 'homeworkReminder' | 'refillReminder';
export type Choices = Partial<Pick<MedicationSettings, 'reminders' | TimedKey | 'appointmentReminders'>>;

/** The opt-in reminders that ring at a time the person picks, with the time first offered. */
export const TIMED: readonly { key: TimedKey; label: string; first: string }[] = [
  { key: 'checkinReminder', label: 'Daily check-in', first: '20:00' },
  { key: 'homeworkReminder', label: 'Therapy homework, daily', first: '18:00' },
  { key: 'refillReminder', label: 'Refills, on days a supply is running low', first: '10:00' },
];

/**
 * A timed reminder as the form holds it. Only a reminder that is on needs a
 * time, checked by the stored record's own rule (the same message as storage).
 */
const timed = z.object({ on: z.boolean(), time: z.string() }).superRefine((v, ctx) => {
  if (!v.on) return;
  const checked = timeOfDay.safeParse(v.time);
  if (!checked.success) ctx.addIssue({ code: 'custom', message: checked.error.issues[0]!.message, path: ['time'] });
});

export const reminderForm = z.object({
  checkinReminder: timed,
  homeworkReminder: timed,
  refillReminder: timed,
  appointmentReminders: z.boolean(),
});
export type ReminderFormValues = z.infer<typeof reminderForm>;

/** The stored settings as the form shows them (a reminder that is off offers its first time). */
export function toForm(stored: Choices | undefined): ReminderFormValues {
  const values = { appointmentReminders: stored?.appointmentReminders ?? false } as ReminderFormValues;
  for (const { key, first } of TIMED) {
    const time = stored?.[key];
    values[key] = { on: time !== undefined, time: time ?? first };
  }
  return values;
}

/** One timed reminder as it is stored: its time, or nothing when it is off. */
export const storedTime = (value: { on: boolean; time: string }): string | undefined => (value.on ? value.time : undefined);
