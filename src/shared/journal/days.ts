import { addDays, parseISO } from 'date-fns';
import { localDay } from '../local-date';
import { formatDate, formatLongDay } from '../time/format';

/** ISO days compare correctly as strings. */
export const isAfterDay = (day: string, other: string): boolean => day > other;

export const shiftDay = (day: string, days: number): string => localDay(addDays(parseISO(day), days));

/** "Wednesday, November 25, 2026" in the person's locale: the day headings of the timeline and labels of the month view. */
export const longDay = (day: string): string => formatLongDay(day);

export const shortDay = (day: string): string => formatDate(day);
