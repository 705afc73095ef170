import type { DoseLog, Medication } from '../domain/medication';
import { adherence, weeklyAdherence } from '../medication/adherence';
import { addDays } from '../medication/days';
import type { LocalNow } from '../medication/doses';
import type { Resolution } from './aggregate';

export interface AdherencePoint {
  /** First day of the week (Monday) or month. */
  start: string;
  /** Whole percent of logged doses taken; null when no dose was logged (CLINICAL.md: unlogged is not missed). */
  percent: number | null;
  taken: number;
  /** Doses logged taken or skipped: the denominator. */
  due: number;
}

type Med = Pick<Medication, 'id' | 'steps'>;

/**
 * Adherence per ISO week, or per calendar month for long periods, computed by
 * the medication module's own rules (pending doses today are left out).
 */
export function adherenceSeries(
  med: Med,
  logs: readonly DoseLog[],
  from: string,
  to: string,
  resolution: Resolution,
  now: LocalNow,
): AdherencePoint[] {
  const mine = logs.filter((l) => l.medicationId === med.id);
  if (resolution !== 'month') {
    return weeklyAdherence(med, mine, from, to, now).map((w) => point(w.from, w));
  }
  const points: AdherencePoint[] = [];
  for (let start = `${from.slice(0, 7)}-01`; start <= to; start = nextMonth(start)) {
    points.push(point(start, adherence(med, mine, start, addDays(nextMonth(start), -1), now)));
  }
  return points;
}

function point(start: string, a: { taken: number; logged: number; rate: number | null }): AdherencePoint {
  return { start, percent: a.rate === null ? null : Math.round(a.rate * 100), taken: a.taken, due: a.logged };
}

function nextMonth(first: string): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
