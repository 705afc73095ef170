import { currentLocale } from '../../../shared/time';

const weekday = new Map<string, Intl.DateTimeFormat>();

/** "Mon", "Tue"… in the person's locale, for a stored day. */
export function weekdayShort(day: string): string {
  const locale = currentLocale();
  const key = locale ?? '';
  if (!weekday.has(key)) weekday.set(key, new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }));
  return weekday.get(key)!.format(new Date(`${day}T00:00:00Z`));
}



/** The PDF's default name, e.g. "Cairn weekly review 2026-11-30.pdf" (main accepts only plain names). */
export const reviewFileName = (weekStart: string): string => `Cairn weekly review ${weekStart}.pdf`;
