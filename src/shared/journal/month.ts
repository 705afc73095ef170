import { eachDayOfInterval, endOfMonth, endOfWeek, parseISO, startOfWeek } from 'date-fns';
import type { JournalCheckin } from '../domain/journal-checkin';
import { localDay } from '../local-date';

export interface MonthCell {
  day: string;
  inMonth: boolean;
  future: boolean;
  checkin?: JournalCheckin;
}

/** Weeks (Monday first) covering the month "YYYY-MM", padded with the neighbouring days. */
export function monthGrid(month: string, today: string, byDay: ReadonlyMap<string, JournalCheckin>): MonthCell[][] {
  const first = parseISO(`${month}-01`);
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: 1 }),
  }).map(localDay);
  const weeks: MonthCell[][] = [];
  for (let i = 0; i < days.length; i += 7) {
    weeks.push(
      days.slice(i, i + 7).map((day) => ({
        day,
        inMonth: day.startsWith(month),
        future: day > today,
        checkin: byDay.get(day),
      })),
    );
  }
  return weeks;
}

/** Five bands of mood for colour: 0–1, 2–3, 4–5, 6–7, 8–10. The number itself is always shown too. */
export const moodBand = (mood: number): number => Math.min(4, Math.floor(mood / 2));

export const MOOD_BANDS = ['0–1', '2–3', '4–5', '6–7', '8–10'] as const;

/** The month's check-ins with a mood, and their mean (one decimal), or null when there are none. */
export function monthMood(month: string, checkins: readonly JournalCheckin[]): { days: number; average: number | null } {
  const moods = checkins.filter((c) => c.date.startsWith(month) && c.mood !== undefined).map((c) => c.mood as number);
  if (moods.length === 0) return { days: 0, average: null };
  const mean = moods.reduce((a, b) => a + b, 0) / moods.length;
  return { days: moods.length, average: Math.round(mean * 10) / 10 };
}

export const shiftMonth = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
