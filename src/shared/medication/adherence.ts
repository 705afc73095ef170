import type { DoseLog, Medication } from '../domain/medication';
import { addDays, eachDay, isoWeekLabel, isoWeekStart } from './days';
import { asNeededLogs, dosesOn, indexLogs, type LocalNow } from './doses';

export interface Adherence {
  /** Doses due so far in the period, under the regimen of each day (today's pending ones included). */
  scheduled: number;
  taken: number;
  skipped: number;
  /** Left blank on a day that has ended. */
  missed: number;
  /** Left blank today: not missed yet, and left out of the rate. */
  pending: number;
  /** As-needed doses taken; never scheduled, so never missed. */
  asNeeded: number;
  /** taken / (scheduled - pending); null when nothing was due. */
  rate: number | null;
}

export interface WeekAdherence extends Adherence {
  /** ISO week, e.g. "2026-W48". */
  week: string;
  /** Monday and Sunday of that week. */
  from: string;
  to: string;
}

type Med = Pick<Medication, 'id' | 'steps'>;

/** Taken / scheduled for one medication between two days (inclusive); days after today count nothing. */
export function adherence(med: Med, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): Adherence {
  return tally(med, indexLogs(logs), logs, from, to, now);
}

function tally(med: Med, index: Map<string, DoseLog>, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): Adherence {
  const last = to < now.day ? to : now.day;
  const result: Adherence = { scheduled: 0, taken: 0, skipped: 0, missed: 0, pending: 0, asNeeded: 0, rate: null };
  for (const day of eachDay(from, last)) {
    for (const dose of dosesOn(med, day, index, now)) {
      result.scheduled += 1;
      if (dose.state === 'taken') result.taken += 1;
      else if (dose.state === 'skipped') result.skipped += 1;
      else if (dose.state === 'missed') result.missed += 1;
      else if (dose.state === 'pending') result.pending += 1;
    }
  }
  result.asNeeded = asNeededLogs(logs, med.id, from, last).length;
  const decided = result.scheduled - result.pending;
  result.rate = decided > 0 ? result.taken / decided : null;
  return result;
}

/** One row per ISO week (Monday to Sunday) that overlaps the period, oldest first. */
export function weeklyAdherence(
  med: Med,
  logs: readonly DoseLog[],
  from: string,
  to: string,
  now: LocalNow,
): WeekAdherence[] {
  const weeks: WeekAdherence[] = [];
  const index = indexLogs(logs);
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    weeks.push({ week: isoWeekLabel(monday), from: monday, to: sunday, ...tally(med, index, logs, monday, sunday, now) });
  }
  return weeks;
}

/** "85%" or "—" when nothing was due. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
