import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { DoseLog } from '../domain/medication';
import { addDays } from '../medication/days';
import { sample, welchInterval, type Interval, type Sample } from './welch';

/** CLINICAL.md "Patterns": compare days with and without a factor only when each side has at least 7 days. */
export const MIN_DAYS_EACH_SIDE = 7;

/**
 * Sleep cut-offs for "short" and "long" nights. CLINICAL.md names none; these
 * are the edges of the 7–9 hours usually quoted for adults, with an hour of
 * slack each side so an ordinary night does not count as either.
 */
export const SHORT_SLEEP_HOURS = 6;
export const LONG_SLEEP_HOURS = 9;

export type FactorKind = 'tag' | 'trigger' | 'coping' | 'missedDose' | 'shortSleep' | 'longSleep';
export type Outcome = 'mood' | 'anxiety';
/** Same day as the factor, or the day after it. */
export type Lag = 'same' | 'next';

export interface Comparison {
  factor: { kind: FactorKind; label: string };
  outcome: Outcome;
  lag: Lag;
  with: Sample;
  without: Sample;
  /** 95% Welch interval for (mean with) − (mean without). */
  interval: Interval;
}

export interface Associations {
  /** Comparisons with enough days on both sides, largest difference first. */
  shown: Comparison[];
  /** Factors that appeared but never reached the minimum days on both sides. */
  hiddenFactors: number;
}

type Checkin = Pick<JournalCheckin, 'date' | 'mood' | 'anxiety' | 'sleepHours' | 'tags' | 'triggers' | 'coping'>;
type Entry = Pick<JournalEntry, 'date' | 'tags'>;
type Dose = Pick<DoseLog, 'date' | 'status'>;

/** For each day the factor is known on: true when present, false when known to be absent. */
type Presence = Map<string, boolean>;

interface Factor {
  kind: FactorKind;
  label: string;
  presence: Presence;
}

/**
 * Average mood and anxiety on days with each factor against days without it,
 * the same day and the next, within [from, to]. Tags, triggers and coping
 * skills are known on check-in days (a check-in without them counts as
 * "without"); journal-entry tags count on their day. A missed dose is a dose
 * logged as skipped the day before; days after a day with no logged dose are
 * left out (CLINICAL.md: a dose not logged is not a missed dose). A check-in's
 * sleep is the night before its day.
 */
export function associations(
  checkins: readonly Checkin[],
  entries: readonly Entry[],
  doses: readonly Dose[],
  from: string,
  to: string,
): Associations {
  const inPeriod = (d: { date: string }) => d.date >= from && d.date <= to;
  const byDay = new Map(checkins.filter(inPeriod).map((c) => [c.date, c]));
  const factors = [...listFactors(byDay, entries.filter(inPeriod)), ...doseFactor(doses.filter((d) => d.date >= addDays(from, -1) && d.date < to))];

  const shown: Comparison[] = [];
  let hiddenFactors = 0;
  for (const factor of factors) {
    const found = compareAll(factor, byDay);
    if (found.length === 0) hiddenFactors++;
    shown.push(...found);
  }
  shown.sort(
    (a, b) =>
      Math.abs(b.interval.difference) - Math.abs(a.interval.difference) ||
      a.factor.label.localeCompare(b.factor.label, 'en', { sensitivity: 'base' }),
  );
  return { shown, hiddenFactors };
}

function compareAll(factor: Factor, byDay: ReadonlyMap<string, Checkin>): Comparison[] {
  const out: Comparison[] = [];
  for (const outcome of ['mood', 'anxiety'] as const) {
    for (const lag of ['same', 'next'] as const) {
      const withValues: number[] = [];
      const withoutValues: number[] = [];
      for (const [day, present] of factor.presence) {
        const value = byDay.get(lag === 'same' ? day : addDays(day, 1))?.[outcome];
        if (value === undefined) continue;
        (present ? withValues : withoutValues).push(value);
      }
      if (withValues.length < MIN_DAYS_EACH_SIDE || withoutValues.length < MIN_DAYS_EACH_SIDE) continue;
      const w = sample(withValues);
      const wo = sample(withoutValues);
      const interval = welchInterval(w, wo);
      if (interval) out.push({ factor: { kind: factor.kind, label: factor.label }, outcome, lag, with: w, without: wo, interval });
    }
  }
  return out;
}

/** Tags, triggers, coping skills and sleep nights, each known on the days that have a check-in. */
function listFactors(byDay: ReadonlyMap<string, Checkin>, entries: readonly Entry[]): Factor[] {
  const entryTags = new Map<string, string[]>();
  for (const e of entries) entryTags.set(e.date, [...(entryTags.get(e.date) ?? []), ...e.tags]);

  // Spelling is matched without regard to case; the first spelling seen is shown (as the tags table does).
  const words = new Map<string, { kind: FactorKind; label: string; days: Set<string> }>();
  const note = (kind: FactorKind, label: string, day: string) => {
    const key = `${kind}:${label.toLowerCase()}`;
    const found = words.get(key) ?? { kind, label, days: new Set<string>() };
    found.days.add(day);
    words.set(key, found);
  };
  const days = [...new Set([...byDay.keys(), ...entryTags.keys()])].sort();
  for (const day of days) {
    const c = byDay.get(day);
    [...(c?.tags ?? []), ...(entryTags.get(day) ?? [])].forEach((t) => note('tag', t, day));
    c?.triggers.forEach((t) => note('trigger', t, day));
    c?.coping.forEach((t) => note('coping', t, day));
  }

  const factors: Factor[] = [...words.values()].map(({ kind, label, days: present }) => {
    const presence: Presence = new Map();
    // Known absent only on check-in days: a day with no check-in says nothing either way.
    for (const day of byDay.keys()) presence.set(day, present.has(day));
    for (const day of present) presence.set(day, true);
    return { kind, label, presence };
  });

  const short: Presence = new Map();
  const long: Presence = new Map();
  for (const [day, c] of byDay) {
    if (c.sleepHours === undefined) continue;
    short.set(day, c.sleepHours < SHORT_SLEEP_HOURS);
    long.set(day, c.sleepHours > LONG_SLEEP_HOURS);
  }
  if ([...short.values()].some(Boolean)) factors.push({ kind: 'shortSleep', label: `Under ${SHORT_SLEEP_HOURS} hours' sleep`, presence: short });
  if ([...long.values()].some(Boolean)) factors.push({ kind: 'longSleep', label: `Over ${LONG_SLEEP_HOURS} hours' sleep`, presence: long });
  return factors;
}

/** Days after a day with a logged dose: present when any dose that day was skipped. */
function doseFactor(doses: readonly Dose[]): Factor[] {
  const skippedOn = new Map<string, boolean>();
  for (const d of doses) skippedOn.set(d.date, (skippedOn.get(d.date) ?? false) || d.status === 'skipped');
  if (![...skippedOn.values()].some(Boolean)) return [];
  const presence: Presence = new Map([...skippedOn].map(([day, skipped]) => [addDays(day, 1), skipped]));
  return [{ kind: 'missedDose', label: 'A missed dose the day before', presence }];
}
