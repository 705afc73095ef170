import type { Medication, SideEffect } from '../domain/medication';
import { describeStep } from '../medication/describe';
import { latestChangeBefore } from '../medication/side-effects';
import { within, type SummaryPeriod } from './period';

export interface SideEffectRow {
  /** Stable across renders, so the user can leave one row out of the printout. */
  key: string;
  symptom: string;
  medicationName: string | null;
  /** Reports in the period. */
  count: number;
  lastReported: string;
  /** 1–5 */
  maxSeverity: number;
  meanSeverity: number;
  /** The first report ever of this symptom (it may predate the period). */
  began: string;
  /** The most recent recorded change on or before `began`: a timing fact, not a cause. */
  onset: { medicationName: string; change: string; date: string; daysAfter: number } | null;
}

const keyOf = (e: Pick<SideEffect, 'symptom' | 'medicationId'>) => `side:${e.symptom.trim().toLowerCase()}|${e.medicationId ?? ''}`;

/** Side effects reported in the period, grouped by symptom and medication, most frequent first. */
export function sideEffectRows(all: readonly SideEffect[], meds: readonly Medication[], period: SummaryPeriod): SideEffectRow[] {
  const groups = new Map<string, SideEffect[]>();
  for (const effect of all.filter(within(period))) {
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
    const severities = reports.map((r) => r.severity);
    rows.push({
      key,
      symptom: first.symptom.trim(),
      medicationName: meds.find((m) => m.id === first.medicationId)?.name ?? null,
      count: reports.length,
      lastReported: reports.map((r) => r.date).sort().at(-1)!,
      maxSeverity: Math.max(...severities),
      meanSeverity: severities.reduce((s, v) => s + v, 0) / severities.length,
      began,
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
