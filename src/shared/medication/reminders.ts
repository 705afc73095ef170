import type { DoseLog, Medication } from '../domain/medication';
import { addDays, daysBetween, minutesOf } from './days';
import { dosesOn, indexLogs, type LocalNow } from './doses';

export interface ReminderSlot {
  day: string;
  time: string;
}

/**
 * The dose times still to come in the next `hours`, one per clock time even
 * when several medications share it, and none for a slot already logged.
 * Only times leave this function: names stay in the renderer.
 */
export function upcomingReminderSlots(
  meds: readonly Pick<Medication, 'id' | 'steps'>[],
  logs: readonly DoseLog[],
  now: LocalNow,
  hours: number,
): ReminderSlot[] {
  const index = indexLogs(logs);
  const horizon = hours * 60;
  const slots = new Map<string, ReminderSlot>();
  for (let offset = 0; offset <= Math.ceil(hours / 24); offset++) {
    const day = addDays(now.day, offset);
    for (const med of meds) {
      for (const dose of dosesOn(med, day, index, now)) {
        if (dose.log) continue;
        const ahead = daysBetween(now.day, day) * 1440 + minutesOf(dose.time) - minutesOf(now.time);
        // The current minute stays in: main fires on its own clock and ignores times already past.
        if (ahead >= 0 && ahead <= horizon) slots.set(`${day} ${dose.time}`, { day, time: dose.time });
      }
    }
  }
  return [...slots.values()].sort((a, b) => `${a.day} ${a.time}`.localeCompare(`${b.day} ${b.time}`));
}
