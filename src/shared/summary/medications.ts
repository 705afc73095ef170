import type { DoseLog, Medication, MedicationClass } from '../domain/medication';
import { adherence, type Adherence } from '../medication/adherence';
import { describeDose, describeStep } from '../medication/describe';
import type { LocalNow } from '../medication/doses';
import { futureSteps, regimenOn, sortedSteps, statusOn, type MedicationStatus } from '../medication/regimen';
import type { SummaryPeriod } from './period';

export interface ChangeLine {
  date: string;
  /** "Increased: 100 mg at 08:00" */
  text: string;
  /** The reason the user gave; empty when none. */
  reason: string;
}

export interface MedicationRow {
  id: string;
  name: string;
  class: MedicationClass;
  /** Status on the last day of the period. */
  status: MedicationStatus;
  /** "100 mg at 08:00" while active; "Stopped" / "Paused" otherwise. */
  current: string;
  /** Every start, dose change, taper step and stop within the period, oldest first. */
  changes: ChangeLine[];
  /** The next change already planned after the period, if any. */
  planned: ChangeLine | null;
  adherence: Adherence;
}

/** A medication belongs in the summary when it was in force at some point of the period. */
function relevant(med: Medication, period: SummaryPeriod): boolean {
  const inPeriod = med.steps.some((s) => s.date >= period.from && s.date <= period.to);
  const atStart = statusOn(med, period.from);
  return inPeriod || atStart === 'active' || atStart === 'paused';
}

const line = (step: Medication['steps'][number], med: Medication): ChangeLine => ({
  date: step.date,
  text: describeStep(step, med.unit),
  reason: step.reason.trim(),
});

/** One row per medication in force during the period, by name. */
export function medicationRows(
  meds: readonly Medication[],
  doses: readonly DoseLog[],
  period: SummaryPeriod,
  now: LocalNow,
): MedicationRow[] {
  return meds
    .filter((m) => relevant(m, period))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((med) => {
      const status = statusOn(med, period.to);
      const regimen = regimenOn(med, period.to);
      const next = futureSteps(med, period.to)[0];
      return {
        id: med.id,
        name: med.name,
        class: med.class,
        status,
        current: regimen ? describeDose(regimen.amount, med.unit, regimen.schedule) : status === 'paused' ? 'Paused' : status === 'stopped' ? 'Stopped' : 'Not started',
        changes: sortedSteps(med)
          .filter((s) => s.date >= period.from && s.date <= period.to)
          .map((s) => line(s, med)),
        planned: next ? line(next, med) : null,
        adherence: adherence(med, doses.filter((d) => d.medicationId === med.id), period.from, period.to, now),
      };
    });
}

/** "54 of 56 scheduled doses taken (96%) · 1 skipped · 1 missed": counts, not a judgement. */
export function adherenceText(a: Adherence): string {
  const due = a.scheduled - a.pending;
  if (due === 0 && a.asNeeded === 0) return 'No scheduled doses in this period.';
  const parts: string[] = [];
  if (due > 0) {
    parts.push(`${a.taken} of ${due} scheduled doses taken (${Math.round((a.rate ?? 0) * 100)}%)`);
    parts.push(`${a.skipped} skipped`, `${a.missed} missed (not logged)`);
  }
  if (a.pending > 0) parts.push(`${a.pending} still due today`);
  if (a.asNeeded > 0) parts.push(`${a.asNeeded} as-needed dose${a.asNeeded === 1 ? '' : 's'} taken`);
  return parts.join(' · ');
}
