import type { TherapyAppointment } from '../domain/therapy';
import { addDays, daysBetween } from '../medication/days';

/** Inclusive calendar days (YYYY-MM-DD). */
export interface SummaryPeriod {
  from: string;
  to: string;
}

/** Without an earlier appointment the summary covers the last 4 weeks, today included. */
export const DEFAULT_DAYS = 28;

/** Days in a period, both ends included. */
export const lengthOf = (period: SummaryPeriod): number => daysBetween(period.from, period.to) + 1;

/** Since the most recent appointment before today, else the last 4 weeks. */
export function defaultPeriod(appointments: readonly Pick<TherapyAppointment, 'date'>[], today: string): SummaryPeriod {
  const last = appointments
    .map((a) => a.date)
    .filter((d) => d < today)
    .sort()
    .at(-1);
  return { from: last ?? addDays(today, -(DEFAULT_DAYS - 1)), to: today };
}

/** The period of equal length that ends the day before this one starts: what averages are compared with. */
export function previousPeriod(period: SummaryPeriod): SummaryPeriod {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(lengthOf(period) - 1)), to };
}

export const within = (period: SummaryPeriod) => (item: { date: string }) => item.date >= period.from && item.date <= period.to;

/** A reason the chosen days cannot make a summary, or null when they can. */
export function periodProblem(period: SummaryPeriod, today: string): string | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(period.from) || Number.isNaN(Date.parse(`${period.from}T00:00:00Z`))) return 'Choose a start date.';
  if (!valid.test(period.to) || Number.isNaN(Date.parse(`${period.to}T00:00:00Z`))) return 'Choose an end date.';
  if (period.from > period.to) return 'The start date is after the end date.';
  if (period.to > today) return 'The end date is in the future; a summary covers days that have happened.';
  if (lengthOf(period) > 366) return 'Choose a period of at most one year, so the summary stays short.';
  return null;
}
