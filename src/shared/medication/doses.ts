import type { DoseLog, Medication } from '../domain/medication';
import { isStable } from '../stable-list';
import { scheduledTimesOn, trackedFrom } from './regimen';

/** The user's local "now", as a calendar day and a clock time. */
export interface LocalNow {
  day: string;
  time: string;
}

/**
 * taken/skipped: the user said so. notLogged: left blank and its day has ended;
 * not the same as missed (CLINICAL.md), so it stays out of the rate.
 * pending: left blank today. upcoming: a later day.
 */
export type DoseState = 'taken' | 'skipped' | 'notLogged' | 'pending' | 'upcoming';

export type TrackedMed = Pick<Medication, 'id' | 'steps'> & Partial<Pick<Medication, 'trackedFrom'>>;

export interface ScheduledDose {
  medicationId: string;
  day: string;
  time: string;
  state: DoseState;
  log: DoseLog | null;
}

const slotKey = (medicationId: string, day: string, time: string) => `${medicationId}|${day}|${time}`;

/**
 * Indexes already built for stable lists (shared/stable-list.ts). The renderer's
 * store hands out lists that keep their identity until a dose log changes, so
 * Today, reminders, supply and adherence share one index of ten years of logs
 * (29,000) instead of each rebuilding it whenever anything else is saved.
 */
const indexed = new WeakMap<readonly DoseLog[], ReadonlyMap<string, DoseLog>>();

/** Scheduled-dose logs by slot; if a slot was logged twice, the latest edit wins. Treat the result as read-only. */
export function indexLogs(logs: readonly DoseLog[]): Map<string, DoseLog> {
  const cached = indexed.get(logs);
  if (cached) return cached as Map<string, DoseLog>;
  const index = buildIndex(logs);
  if (isStable(logs)) indexed.set(logs, index);
  return index;
}

function buildIndex(logs: readonly DoseLog[]): Map<string, DoseLog> {
  const index = new Map<string, DoseLog>();
  for (const log of logs) {
    if (log.time === null) continue;
    const key = slotKey(log.medicationId, log.date, log.time);
    const seen = index.get(key);
    if (!seen || seen.updatedAt <= log.updatedAt) index.set(key, log);
  }
  return index;
}

/**
 * The doses due on `day` under the regimen of that day, each with what became
 * of it. None before the tracking date: the person was not logging then.
 */
export function dosesOn(med: TrackedMed, day: string, logs: Map<string, DoseLog>, now: LocalNow): ScheduledDose[] {
  const first = trackedFrom(med);
  if (first && day < first) return [];
  return scheduledTimesOn(med, day).map((time) => {
    const log = logs.get(slotKey(med.id, day, time)) ?? null;
    const state: DoseState = log
      ? log.status
      : day < now.day
        ? 'notLogged'
        : day === now.day
          ? 'pending'
          : 'upcoming';
    return { medicationId: med.id, day, time, state, log };
  });
}

/** As-needed doses taken between two days (inclusive) for one medication. */
export function asNeededLogs(logs: readonly DoseLog[], medicationId: string, from: string, to: string): DoseLog[] {
  return logs.filter((l) => l.time === null && l.medicationId === medicationId && l.date >= from && l.date <= to);
}
