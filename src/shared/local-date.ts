/*
 * Days and clock times in the user's local time zone, the way records store
 * them ("2026-11-25", "08:30"). The one place that turns a moment into a day.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of a moment, in local time. */
export const localDay = (d: Date = new Date()): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The clock time of a moment, in local time, to the minute. */
export const localTime = (d: Date = new Date()): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
