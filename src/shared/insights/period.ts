import { z } from 'zod';
import { isoDay } from '../domain/record';
import { addDays } from '../medication/days';

export type PeriodChoice = '4w' | '3m' | '1y' | 'all' | 'custom';

export const PERIOD_CHOICES: readonly { value: PeriodChoice; label: string }[] = [
  { value: '4w', label: 'Last 4 weeks' },
  { value: '3m', label: 'Last 3 months' },
  { value: '1y', label: 'Last year' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Custom dates' },
];

export interface DayRange {
  from: string;
  to: string;
}

/** Same day `months` earlier, clamped to the month's last day (31 May − 3 months → 28 or 29 Feb). */
function monthsBefore(day: string, months: number): string {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The days a choice covers, ending today. "All time" starts at the earliest
 * record (or 4 weeks back when there is none yet).
 */
export function presetRange(choice: Exclude<PeriodChoice, 'custom'>, today: string, earliest: string | null): DayRange {
  switch (choice) {
    case '4w':
      return { from: addDays(today, -27), to: today };
    case '3m':
      return { from: addDays(monthsBefore(today, 3), 1), to: today };
    case '1y':
      return { from: addDays(monthsBefore(today, 12), 1), to: today };
    case 'all':
      return { from: earliest && earliest < today ? earliest : addDays(today, -27), to: today };
  }
}

const OUT_OF_ORDER = 'The “from” date is after the “to” date; swap them or pick another.';

/** Typed custom dates as the period picker's form checks them: each message belongs to the date it is about. */
export const customRangeForm = z
  .object({ from: z.string().trim().pipe(isoDay), to: z.string().trim().pipe(isoDay) })
  .refine((r) => r.from <= r.to, { path: ['to'], message: OUT_OF_ORDER });

/** Checks typed custom dates; the message says what to fix (and, without a field to sit by, which date). */
export function customRange(from: string, to: string): DayRange | { error: string } {
  const result = customRangeForm.safeParse({ from, to });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.message === OUT_OF_ORDER) return { error: OUT_OF_ORDER };
  return { error: `${issue?.path[0] === 'from' ? 'From' : 'To'}: ${issue?.message ?? 'use a date like 2026-11-25.'}` };
}
