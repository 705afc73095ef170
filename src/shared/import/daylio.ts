import type { Candidate, Mapped } from './candidate';
import { rawColumns, splitTags } from './candidate';
import type { CsvTable } from './csv-reader';
import { parseDay, parseNamedDay, parseTime } from './dates';
import { rowHash } from './row-hash';

/**
 * Daylio's "Export entries" CSV: one row per entry, newest first, with the
 * columns full_date, date, weekday, time, mood, activities, note_title, note.
 * `mood` is a word the person may have renamed; `activities` are joined by
 * " | ". Older exports (before full_date) have year,date,weekday,time,mood,
 * activities,note: `date` is "18 May" (or "May 18") and the year sits in its
 * own column; some add note_title.
 */
export const DAYLIO_COLUMNS = ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'] as const;

export function isDaylio(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.toLowerCase()));
  const current = ['full_date', 'mood', 'activities', 'note'].every((c) => names.has(c));
  const older = ['year', 'date', 'mood', 'activities', 'note'].every((c) => names.has(c));
  return current || older;
}

/** Daylio's five standard moods, evenly spread over Cairn's 0–10; the person can change each. */
export const DAYLIO_DEFAULT_MOODS: Readonly<Record<string, number>> = { rad: 9, good: 7, meh: 5, bad: 3, awful: 1 };

/** Each mood word to a 0–10 value, or null to leave the mood unrated. Keys are lower-case, trimmed. */
export type MoodMapping = Record<string, number | null>;

export const moodKey = (label: string) => label.trim().toLowerCase();

/** The distinct mood words in the file, in order of first use, with how often each occurs. */
export function daylioMoodLabels(table: CsvTable): { label: string; count: number }[] {
  const col = table.header.findIndex((h) => h.toLowerCase() === 'mood');
  const counts = new Map<string, { label: string; count: number }>();
  for (const row of table.rows) {
    const label = row.cells[col]?.trim() ?? '';
    if (label === '') continue;
    const seen = counts.get(moodKey(label));
    if (seen) seen.count++;
    else counts.set(moodKey(label), { label, count: 1 });
  }
  return [...counts.values()];
}

export function defaultMoodMapping(labels: readonly { label: string }[]): MoodMapping {
  return Object.fromEntries(labels.map(({ label }) => [moodKey(label), DAYLIO_DEFAULT_MOODS[moodKey(label)] ?? null]));
}

export function mapDaylio(table: CsvTable, moods: MoodMapping, today: string, onProgress?: (fraction: number) => void): Mapped {
  const col = (name: string) => table.header.findIndex((h) => h.toLowerCase() === name);
  const [fullDate, time, mood, activities, noteTitle, note, year, date] = ['full_date', 'time', 'mood', 'activities', 'note_title', 'note', 'year', 'date'].map(col);
  const known = new Set([...DAYLIO_COLUMNS, 'year'].map(col).filter((i) => i >= 0));
  const candidates: Candidate[] = [];
  const skipped: Mapped['skipped'] = [];
  for (const [n, row] of table.rows.entries()) {
    if (onProgress && n % 5_000 === 0) onProgress(n / table.rows.length);
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? '' : (row.cells[i] ?? '').trim());
    const day = fullDate! >= 0 ? parseDay(cell(fullDate), 'yyyy-MM-dd', today) : parseNamedDay(`${cell(date)} ${cell(year)}`, today);
    if (!day.ok) {
      skipped.push({ line: row.line, reason: `Line ${row.line} ${day.reason}` });
      continue;
    }
    const label = cell(mood);
    const value = label === '' ? undefined : moods[moodKey(label)];
    const activityCell = cell(activities);
    const raw = rawColumns(table.header, row.cells, known);
    candidates.push({
      line: row.line,
      day: day.day,
      time: parseTime(cell(time)),
      values: typeof value === 'number' ? { mood: value } : {},
      tags: splitTags(activityCell),
      title: cell(noteTitle),
      note: cell(note),
      provenance: {
        source: 'daylio',
        sourceLabel: label.slice(0, 200),
        sourceValue: label.slice(0, 200),
        rowHash: rowHash('daylio', row.cells),
        // The activities exactly as Daylio wrote them, since tags may have been shortened.
        raw: activityCell.length > 0 ? { ...raw, activities: activityCell.slice(0, 2_000) } : raw,
      },
    });
  }
  onProgress?.(1);
  return { candidates, skipped };
}
