import type { JournalCheckin } from '../domain/journal-checkin';
import type { Medication } from '../domain/medication';
import { addDays, eachDay, isoWeekStart } from '../medication/days';
import { regimenOn } from '../medication/regimen';
import { formatDay } from '../time/format';
import { medicationMarkers } from './events';

/** One day of the year: its mood, the medications taken then, and any recorded regimen change that day. */
export interface PixelDay {
  day: string;
  mood: number | null;
  /** 0–4, lowest to highest mood band; null without a mood. */
  band: number | null;
  /** Names of medications with a dose in force that day (not paused, not stopped, plans excluded). */
  medications: string[];
  /** Recorded changes that day, in the medication page's words ("Sertraline — Increased: …"). */
  changes: string[];
}

export interface YearPixels {
  year: number;
  days: PixelDay[];
  /** Monday-first weeks as columns; each has 7 slots, null where the day is in another year. */
  weeks: (PixelDay | null)[][];
}

/**
 * Five mood bands over 0–10, each two points wide (the last three: 9–10), so
 * neighbouring colours stay far enough apart to tell; the table gives the exact value.
 */
export const MOOD_BANDS = ['0–1', '2–3', '4–5', '6–7', '8–10'] as const;
export const moodBand = (mood: number): number => Math.min(4, Math.floor(mood / 2));

type Checkin = Pick<JournalCheckin, 'date' | 'mood'>;
type Med = Medication;

export function yearPixels(year: number, checkins: readonly Checkin[], meds: readonly Med[]): YearPixels {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const moods = new Map(checkins.filter((c) => c.mood !== undefined && c.date >= first && c.date <= last).map((c) => [c.date, c.mood!]));
  const changes = new Map<string, string[]>();
  for (const m of medicationMarkers(meds)) {
    if (m.day < first || m.day > last) continue;
    changes.set(m.day, [...(changes.get(m.day) ?? []), m.label]);
  }
  const days = eachDay(first, last).map((day) => {
    const mood = moods.get(day) ?? null;
    return {
      day,
      mood,
      band: mood === null ? null : moodBand(mood),
      medications: meds.filter((m) => regimenOn(m, day) !== null).map((m) => m.name),
      changes: changes.get(day) ?? [],
    };
  });
  const byDay = new Map(days.map((d) => [d.day, d]));
  const weeks: (PixelDay | null)[][] = [];
  for (let monday = isoWeekStart(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => byDay.get(addDays(monday, i)) ?? null));
  }
  return { year, days, weeks };
}

/**
 * Where a key moves the focus in the grid: up and down a day (the grid's rows
 * are weekdays), left and right a week, Home and End to the week's ends,
 * Page Up and Page Down a month. Stays within the year; null for other keys.
 */
export function moveDay(day: string, key: string, year: number): string | null {
  const step: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };
  let next: string | null = null;
  if (key in step) next = addDays(day, step[key]!);
  else if (key === 'Home') next = isoWeekStart(day);
  else if (key === 'End') next = addDays(isoWeekStart(day), 6);
  else if (key === 'PageUp' || key === 'PageDown') next = shiftMonth(day, key === 'PageUp' ? -1 : 1);
  if (next === null) return null;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return next < first ? first : next > last ? last : next;
}

function shiftMonth(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + by, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastOfMonth));
  return target.toISOString().slice(0, 10);
}

/** What a screen reader says for a day: "Wed, Dec 2, 2026: mood 6 out of 10; taking Sertraline; Sertraline — Increased: …". */
export function dayWords(d: PixelDay): string {
  const parts = [d.mood === null ? 'no mood recorded' : `mood ${d.mood} out of 10`];
  if (d.medications.length) parts.push(`taking ${d.medications.join(', ')}`);
  parts.push(...d.changes);
  return `${formatDay(d.day)}: ${parts.join('; ')}`;
}

/** The years a person can pick: from their earliest record's year to this year, newest first. */
export function yearChoices(earliest: string | null, today: string): number[] {
  const to = Number(today.slice(0, 4));
  const from = earliest ? Math.min(Number(earliest.slice(0, 4)), to) : to;
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}
