import { parseISO } from 'date-fns';

/*
 * Every date and clock time a person reads goes through here: Intl in the
 * person's locale (the runtime default unless a locale is passed), so one
 * screen never shows "2026-10-21" beside "2 Dec 2026", or "16:00" beside
 * "4:00 PM". Records keep their stored forms ("2026-11-25", "08:30"); only
 * the words shown change.
 */

type Style = Intl.DateTimeFormatOptions;

const STYLES = {
  /** "Wed, Dec 2, 2026" / "Wed 2 Dec 2026" */
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Dec 2, 2026" / "2 Dec 2026" */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "Wednesday, December 2, 2026" / "Wednesday 2 December 2026" */
  longDay: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Dec 2" / "2 Dec": chart axes and places where the year is plain from context. */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "December 2026" */
  month: { month: 'long', year: 'numeric' },
  /** "Dec 2026": chart axes over months. */
  monthShort: { month: 'short', year: 'numeric' },
  /** "2026" */
  year: { year: 'numeric' },
  /** "04:00 PM" / "16:00": two-digit hours, as the native time fields show them, so a field and its text agree. */
  time: { hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Style>;

export type DateStyle = keyof typeof STYLES;

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * undefined = the runtime's locale (the app). Unit tests pin one
 * (tests/support/pin-locale.ts) so their expected words do not depend on the
 * machine that runs them.
 */
let defaultLocale: string | undefined;
export function setDefaultLocale(locale: string | undefined): void {
  defaultLocale = locale;
  cache.clear();
  words.clear();
}

/**
 * The words already written for a stored day or clock time, by locale and style. Intl's format is the
 * slow part (ICU), and the same few thousand days and times are written again and again: a journal
 * search keystroke at ten years mounts a dozen cards, each writing its time and day (formatTime was
 * ~4 ms of such a key in the profile). Stored days and times are bounded (a day a record, 1,440
 * times); the map is emptied if it ever grows past WORDS_KEPT all the same.
 */
const words = new Map<string, string>();
const WORDS_KEPT = 50_000;
function remembered(key: string, write: () => string): string {
  let text = words.get(key);
  if (text === undefined) {
    if (words.size >= WORDS_KEPT) words.clear();
    text = write();
    words.set(key, text);
  }
  return text;
}
export const currentLocale = (): string | undefined => defaultLocale;

function formatter(style: DateStyle, locale = defaultLocale): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, STYLES[style]);
    cache.set(key, f);
  }
  return f;
}

/** A stored day ("2026-12-02") as local midnight; invalid days stay visible as typed rather than "Invalid Date". */
function dayDate(day: string): Date | null {
  const d = parseISO(day);
  return Number.isNaN(d.getTime()) ? null : d;
}

// ICU versions differ in the spaces they use ("4:00\u202fPM", "2\u2009–\u20098 Dec"); plain spaces read and match the same everywhere.
const plainSpaces = (s: string): string => s.replace(/[\u00a0\u2009\u202f]/g, ' ');

const formatStored = (style: DateStyle) => (day: string, locale = defaultLocale): string =>
  remembered(`${locale ?? ''}|${style}|${day}`, () => {
    const d = dayDate(day);
    return d ? plainSpaces(formatter(style, locale).format(d)) : day;
  });

export const formatDay = formatStored('day');
export const formatDate = formatStored('date');
export const formatLongDay = formatStored('longDay');
export const formatDayMonth = formatStored('dayMonth');
export const formatMonth = formatStored('month');

/** A moment (chart axes work in milliseconds) in one of the styles above. */
export const formatInstant = (ms: number | Date, style: DateStyle, locale?: string): string => plainSpaces(formatter(style, locale).format(ms));

/** A stored clock time ("16:00") the way the locale says it. */
export function formatTime(hhmm: string, locale = defaultLocale): string {
  return remembered(`${locale ?? ''}|time|${hhmm}`, () => {
    const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!m) return hhmm;
    return plainSpaces(formatter('time', locale).format(new Date(2000, 0, 1, Number(m[1]), Number(m[2]))));
  });
}

/** "Week of Dec 2, 2026": a week is named by its first day, never as an ISO week ("2026-W49"). */
export const formatWeekOf = (firstDay: string, locale?: string): string => `Week of ${formatDate(firstDay, locale)}`;

/** "Dec 2 – 8, 2026": Intl joins the two ends the way the locale writes a range. */
export function formatDayRange(from: string, to: string, locale?: string): string {
  const a = dayDate(from);
  const b = dayDate(to);
  if (!a || !b) return `${from} – ${to}`;
  return plainSpaces(formatter('date', locale).formatRange(a, b));
}
