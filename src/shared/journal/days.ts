import { addDays, format, parseISO } from 'date-fns';

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day in the user's local time zone, as stored in records. */
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const localTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** ISO days compare correctly as strings. */
export const isAfterDay = (day: string, other: string): boolean => day > other;

export const shiftDay = (day: string, days: number): string => localDay(addDays(parseISO(day), days));

/** "Wednesday 25 November 2026": the day headings of the timeline and labels of the month view. */
export const longDay = (day: string): string => format(parseISO(day), 'EEEE d MMMM yyyy');

export const shortDay = (day: string): string => format(parseISO(day), 'd MMM yyyy');
