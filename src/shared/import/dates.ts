import { format, isValid, parse } from 'date-fns';

/** Date layouts people's exports use; the mapping step offers these. */
export const DATE_FORMATS = [
  { id: 'yyyy-MM-dd', example: '2024-03-31' },
  { id: 'dd/MM/yyyy', example: '31/03/2024' },
  { id: 'MM/dd/yyyy', example: '03/31/2024' },
  { id: 'dd.MM.yyyy', example: '31.03.2024' },
  { id: 'd MMMM yyyy', example: '31 March 2024' },
  { id: 'MMMM d, yyyy', example: 'March 31, 2024' },
] as const;

export type DateFormatId = (typeof DATE_FORMATS)[number]['id'];

const REFERENCE = new Date(2000, 0, 1);

export type DayResult = { ok: true; day: string } | { ok: false; reason: string };

/**
 * One date cell in the chosen layout to an ISO day. Anything else is refused
 * with a reason, never guessed: 03/04 read the wrong way round would move a
 * whole history by months. A day after `today` cannot have been recorded yet.
 */
export function parseDay(value: string, layout: DateFormatId, today: string): DayResult {
  const text = value.trim().replace(/[T ]\d{1,2}:\d{2}.*$/, '');
  if (text === '') return { ok: false, reason: 'has no date.' };
  const day = layout === 'yyyy-MM-dd' ? isoDay(text) : viaDateFns(text, layout);
  if (day === null) return { ok: false, reason: `has “${clip(value)}”, which is not a date written as ${example(layout)}.` };
  return checkRange(day, today);
}

/**
 * ISO days (Daylio's full_date) without date-fns: its parse is ~100 µs a
 * call, which made mapping 20,000 rows take 2.5 s on the window's thread.
 */
function isoDay(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null;
}

function viaDateFns(text: string, layout: DateFormatId): string | null {
  const date = parse(text, layout, REFERENCE);
  if (!isValid(date) || format(date, layout) !== normalise(text, layout)) return null;
  return format(date, 'yyyy-MM-dd');
}

function checkRange(day: string, today: string): DayResult {
  if (day < '1900-01-01') return { ok: false, reason: `has the date ${day}, before 1900.` };
  if (day > today) return { ok: false, reason: `has the date ${day}, which is after today.` };
  return { ok: true, day };
}

/** date-fns writes "05" where a file may say "5"; compare like with like. */
function normalise(text: string, layout: DateFormatId): string {
  const date = parse(text, layout, REFERENCE);
  return isValid(date) ? format(date, layout) : text;
}

const example = (layout: DateFormatId) => DATE_FORMATS.find((f) => f.id === layout)?.example ?? layout;
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The first layout that reads every sampled value, or null. */
export function guessDateFormat(values: readonly string[], today: string): DateFormatId | null {
  const sample = values.filter((v) => v.trim() !== '').slice(0, 200);
  if (sample.length === 0) return null;
  return DATE_FORMATS.find((f) => sample.every((v) => parseDay(v, f.id, today).ok))?.id ?? null;
}

/** "20:30", "8:30 PM", "08:30:15" to "HH:mm"; undefined if it is not a clock time. */
export function parseTime(value: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])?\.?\s*m?\.?$/i.exec(value.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A day written with an English month name, as Bearable ("22nd Sep 2020") and
 * older Daylio exports ("18 May" plus a year column) write it: day and month
 * in either order, an ordinal suffix, a full or short month name. Anything
 * else is refused with the reason, never guessed.
 */
export function parseNamedDay(value: string, today: string): DayResult {
  const text = value.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'has no date.' };
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.? (\d{4})$/i.exec(text);
  const monthFirst = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/i.exec(text);
  const [dayText, monthText, yearText] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  const month = monthText && monthText.length >= 3 ? MONTHS.findIndex((m) => monthText.toLowerCase().startsWith(m)) : -1;
  const fullName = monthText ? monthText.toLowerCase() : '';
  // "Sept" and "September" are fine; "Mayday" is not a month.
  const known = month >= 0 && (fullName.length === 3 || fullName === 'sept' || MONTH_NAMES[month] === fullName);
  if (!dayText || !yearText || !known) return { ok: false, reason: `has “${clip(value)}”, which is not a date written like 22nd Sep 2020 or 18 May 2018.` };
  const day = `${yearText}-${String(month + 1).padStart(2, '0')}-${dayText.padStart(2, '0')}`;
  if (isoDay(day) === null) return { ok: false, reason: `has “${clip(value)}”, which is not a day of the calendar.` };
  return checkRange(day, today);
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
