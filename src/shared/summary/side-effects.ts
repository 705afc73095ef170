import type { Medication, SideEffect } from '../domain/medication';
import { daysBetween } from '../medication/days';
import { describeStep } from '../medication/describe';
import { latestChangeBefore } from '../medication/side-effects';
import type { SummaryPeriod } from './period';

export interface Fibser {
  frequency: number;
  intensity: number;
  burden: number;
}

export interface SideEffectRow {
  /** Stable across renders, so the user can leave one row out of the printout. */
  key: string;
  symptom: string;
  medicationName: string | null;
  /** Records that overlap the period. */
  count: number;
  lastReported: string;
  /** Highest frequency, intensity and burden (0–6 each) among records rated that way; null when none was. */
  fibser: Fibser | null;
  /** 1–5, from records made before the 0–6 ratings; null when there are none. */
  maxSeverity: number | null;
  meanSeverity: number | null;
  /** The first onset ever of this symptom (it may predate the period). */
  began: string;
  /** True while an episode of it has no resolved date. */
  ongoing: boolean;
  /** The day it resolved, when every episode of it has; null while it lasts or for older single-day reports. */
  resolvedOn: string | null;
  /** Days from onset to resolved (0 = the same day); null while it lasts. */
  lastedDays: number | null;
  /**
   * Each episode in the period, oldest first, with its own length: a symptom
   * that came back is two episodes, not one long one. `days` runs to the
   * resolved date, or to the end of the period while it lasts.
   */
  episodes: { began: string; resolvedOn: string | null; days: number }[];
  /** The most recent recorded change on or before `began`: a timing fact, not a cause. */
  onset: { medicationName: string; change: string; date: string; daysAfter: number } | null;
}

const keyOf = (e: Pick<SideEffect, 'symptom' | 'medicationId'>) => `side:${e.symptom.trim().toLowerCase()}|${e.medicationId ?? ''}`;

/** Rated 0–6 with an onset and maybe an end; older records are single-day reports with a 1–5 severity. */
const isEpisode = (e: SideEffect) => e.severity === undefined || e.resolvedOn !== undefined || e.intensity !== undefined;

/** An episode lasts from its onset to its resolved date (or on) and belongs to every period it overlaps. */
const overlaps = (period: SummaryPeriod) => (e: SideEffect) => {
  const end = e.resolvedOn ?? (isEpisode(e) ? '9999-12-31' : e.date);
  return e.date <= period.to && end >= period.from;
};

const highest = (values: (number | undefined)[]) => Math.max(...values.filter((v): v is number => v !== undefined));

/** Side effects in the period, grouped by symptom and medication, most frequent first. */
export function sideEffectRows(all: readonly SideEffect[], meds: readonly Medication[], period: SummaryPeriod): SideEffectRow[] {
  const groups = new Map<string, SideEffect[]>();
  for (const effect of all.filter(overlaps(period))) {
    const key = keyOf(effect);
    groups.set(key, [...(groups.get(key) ?? []), effect]);
  }
  const rows: SideEffectRow[] = [];
  for (const [key, reports] of groups) {
    const first = reports[0]!;
    const began = all
      .filter((e) => keyOf(e) === key)
      .map((e) => e.date)
      .sort()[0]!;
    const change = latestChangeBefore({ date: began, medicationId: first.medicationId }, meds);
    const severities = reports.flatMap((r) => (r.severity === undefined ? [] : [r.severity]));
    const rated = reports.filter((r) => r.frequency !== undefined && r.intensity !== undefined && r.burden !== undefined);
    const episodes = reports.filter(isEpisode);
    const ongoing = episodes.some((r) => !r.resolvedOn);
    const resolvedOn = ongoing || episodes.length === 0 ? null : episodes.map((r) => r.resolvedOn!).sort().at(-1)!;
    const spans = episodes
      .map((e) => ({ began: e.date, resolvedOn: e.resolvedOn ?? null, days: daysBetween(e.date, e.resolvedOn ?? period.to) }))
      .sort((a, b) => a.began.localeCompare(b.began));
    rows.push({
      key,
      symptom: first.symptom.trim(),
      medicationName: meds.find((m) => m.id === first.medicationId)?.name ?? null,
      count: reports.length,
      lastReported: reports.map((r) => r.date).sort().at(-1)!,
      fibser: rated.length
        ? {
            frequency: highest(rated.map((r) => r.frequency)),
            intensity: highest(rated.map((r) => r.intensity)),
            burden: highest(rated.map((r) => r.burden)),
          }
        : null,
      maxSeverity: severities.length ? Math.max(...severities) : null,
      meanSeverity: severities.length ? severities.reduce((s, v) => s + v, 0) / severities.length : null,
      began,
      ongoing,
      resolvedOn,
      lastedDays: resolvedOn ? daysBetween(began, resolvedOn) : null,
      episodes: spans,
      onset: change
        ? {
            medicationName: change.medication.name,
            change: describeStep(change.step, change.medication),
            date: change.step.date,
            daysAfter: change.daysAfter,
          }
        : null,
    });
  }
  return rows.sort((a, b) => b.count - a.count || a.symptom.localeCompare(b.symptom));
}
