import { isValid, parse } from 'date-fns';

/**
 * Cairn's one reading of the day and time text its forms produce. The kit's
 * DateField and TimeField (the browser's inputs) give "yyyy-MM-dd" and
 * "HH:mm" whatever the system's locale shows, so that is all this accepts:
 * a day is stored as that text, and a day and a time become an instant only
 * here, on the local calendar (date-fns, so daylight-saving days come out right).
 *
 * As with numbers, empty means "not given" (undefined), and text that is not
 * a real day or time is null, for the schema to name the field.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// A fixed reference: date-fns fills fields the layout lacks from it, and none are lacking here.
const REFERENCE = new Date(2000, 0, 1);

/** "2026-02-30" is null (no such day), "" undefined, "2026-02-28" itself. */
export function parseDay(text: string): string | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return DAY.test(trimmed) && isValid(parse(trimmed, 'yyyy-MM-dd', REFERENCE)) ? trimmed : null;
}

/** "8:00" and "24:00" are null (the time input always gives two-digit hours up to 23), "" undefined. */
export function parseTime(text: string): string | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return TIME.test(trimmed) ? trimmed : null;
}

/**
 * The local moment a day (and clock time, midnight if none) names, as a Date.
 * Throws on text parseDay/parseTime refuse: callers pass only what a schema
 * has already accepted, and a wrong instant must not be computed quietly.
 */
export function localDate(day: string, time = '00:00'): Date {
  if (parseDay(day) !== day || parseTime(time) !== time) throw new RangeError(`Not a local day and time: ${day} ${time}`);
  return parse(`${day} ${time}`, 'yyyy-MM-dd HH:mm', REFERENCE);
}
