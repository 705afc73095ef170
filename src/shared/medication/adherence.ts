import { SKIP_REASONS, type DoseLog, type SkipReason } from '../domain/medication';
import { addDays, eachDay, isoWeekLabel, isoWeekStart } from './days';
import { asNeededLogs, dosesOn, indexLogs, type LocalNow, type TrackedMed } from './doses';

export interface Adherence {
  /** Doses due so far in the period from the tracking date on, under the regimen of each day (today's pending ones included). */
  scheduled: number;
  taken: number;
  skipped: number;
  /** taken + skipped: the doses with an answer, and the rate's denominator. */
  logged: number;
  /** Left blank on a day that has ended: unknown, not missed (CLINICAL.md). */
  notLogged: number;
  /** Left blank today: not counted yet. */
  pending: number;
  /** As-needed doses taken; never scheduled, so never counted against anyone. */
  asNeeded: number;
  /** taken / logged; null when no dose has an answer. */
  rate: number | null;
  /** Skipped doses by the reason chosen; older skips without a choice count as "other". */
  skipReasons: Record<SkipReason, number>;
}

export interface WeekAdherence extends Adherence {
  /** ISO week, e.g. "2026-W48". */
  week: string;
  /** Monday and Sunday of that week. */
  from: string;
  to: string;
}

const noReasons = (): Record<SkipReason, number> => Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;

/** Taken / logged for one medication between two days (inclusive); days after today count nothing. */
export function adherence(med: TrackedMed, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): Adherence {
  return tally(med, indexLogs(logs), logs, from, to, now);
}

function tally(med: TrackedMed, index: Map<string, DoseLog>, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): Adherence {
  const last = to < now.day ? to : now.day;
  const result: Adherence = {
    scheduled: 0,
    taken: 0,
    skipped: 0,
    logged: 0,
    notLogged: 0,
    pending: 0,
    asNeeded: 0,
    rate: null,
    skipReasons: noReasons(),
  };
  for (const day of eachDay(from, last)) {
    for (const dose of dosesOn(med, day, index, now)) {
      result.scheduled += 1;
      if (dose.state === 'taken') result.taken += 1;
      else if (dose.state === 'skipped') {
        result.skipped += 1;
        result.skipReasons[dose.log?.skipReason ?? 'other'] += 1;
      } else if (dose.state === 'notLogged') result.notLogged += 1;
      else if (dose.state === 'pending') result.pending += 1;
    }
  }
  result.asNeeded = asNeededLogs(logs, med.id, from, last).length;
  result.logged = result.taken + result.skipped;
  result.rate = result.logged > 0 ? result.taken / result.logged : null;
  return result;
}

/** One row per ISO week (Monday to Sunday) that overlaps the period, oldest first. */
export function weeklyAdherence(med: TrackedMed, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): WeekAdherence[] {
  const weeks: WeekAdherence[] = [];
  const index = indexLogs(logs);
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    weeks.push({ week: isoWeekLabel(monday), from: monday, to: sunday, ...tally(med, index, logs, monday, sunday, now) });
  }
  return weeks;
}

/** "85%" or "—" when no dose has an answer. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** "taken 5 of 6 logged · 2 not logged": CLINICAL.md's wording, counts not a judgement. */
export function loggedText(a: Adherence): string {
  const parts = [`taken ${a.taken} of ${a.logged} logged`];
  if (a.notLogged > 0) parts.push(`${a.notLogged} not logged`);
  return parts.join(' · ');
}

/** "forgot 2, side effects 1"; empty when nothing was skipped. */
export function skipReasonsText(a: Adherence): string {
  return SKIP_REASONS.filter((r) => a.skipReasons[r] > 0)
    .map((r) => `${r} ${a.skipReasons[r]}`)
    .join(', ');
}

/** One day's scheduled doses by what became of them, for the adherence calendar. */
export interface DayAdherence {
  day: string;
  due: number;
  taken: number;
  skipped: number;
  /** Blank on a day that has ended (not missed), or blank today (still to come). */
  notLogged: number;
  pending: number;
}

/** Each day between two days (inclusive, up to today) with its scheduled doses counted by state. */
export function dailyAdherence(med: TrackedMed, logs: readonly DoseLog[], from: string, to: string, now: LocalNow): DayAdherence[] {
  const index = indexLogs(logs);
  return eachDay(from, to < now.day ? to : now.day).map((day) => {
    const doses = dosesOn(med, day, index, now);
    const count = (state: string) => doses.filter((d) => d.state === state).length;
    return { day, due: doses.length, taken: count('taken'), skipped: count('skipped'), notLogged: count('notLogged'), pending: count('pending') };
  });
}
