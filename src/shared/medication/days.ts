/**
 * Calendar arithmetic on ISO days ("2026-11-25") and clock times ("08:00").
 * Days are plain calendar dates in the user's local time; computing on them as
 * UTC midnights keeps the arithmetic free of time-zone and daylight-saving shifts.
 */

const DAY_MS = 86_400_000;

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  // Counted in milliseconds, parsed once: ten years of days is 3,650 steps on every chart and
  // summary, and parsing each day again (addDays) doubled the cost.
  const last = toUtc(to);
  for (let ms = toUtc(from); ms <= last; ms += DAY_MS) days.push(fromUtc(ms));
  return days;
}

/** Monday of the ISO week that holds `day`. */
export function isoWeekStart(day: string): string {
  const weekday = (new Date(toUtc(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** ISO 8601 week label, e.g. "2026-W48" (the week belongs to the year of its Thursday). */
export function isoWeekLabel(day: string): string {
  const thursday = addDays(isoWeekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "08:00" -> "8:00": how a person says the time, used in reminder text. */
export function spokenTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** Minutes since midnight, for ordering times. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
