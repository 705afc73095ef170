import { addDays, format, parseISO } from 'date-fns';
import { localDay } from '../local-date';

/** ISO days compare correctly as strings. */
export const isAfterDay = (day: string, other: string): boolean => day > other;

export const shiftDay = (day: string, days: number): string => localDay(addDays(parseISO(day), days));

/** "Wednesday 25 November 2026": the day headings of the timeline and labels of the month view. */
export const longDay = (day: string): string => format(parseISO(day), 'EEEE d MMMM yyyy');

export const shortDay = (day: string): string => format(parseISO(day), 'd MMM yyyy');
