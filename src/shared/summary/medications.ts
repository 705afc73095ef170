import type { DoseLog, Medication, MedicationClass } from '../domain/medication';
import { adherence, percent, skipReasonsText, type Adherence } from '../medication/adherence';
import { describeDose, describeStep } from '../medication/describe';
import { daysBetween } from '../medication/days';
import type { LocalNow } from '../medication/doses';
import { plannedSteps, recordedSteps, regimenOn, statusOn, takingSince, trackedFrom, type MedicationStatus } from '../medication/regimen';
import type { SummaryPeriod } from './period';

export interface ChangeLine {
  date: string;
  /** "Increased: 100 mg at 08:00"; a plan reads "Planned: decrease to 50 mg at 08:00 on 1 May 2027". */
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
  /** "100 mg at 08:00" while active (with the total per day); "Stopped" / "Paused" otherwise. */
  current: string;
  /** The start of the run in force at the end of the period, and the day the current dose began. */
  takingSince: string | null;
  doseSince: string | null;
  /** Every recorded start, dose change, taper step and stop within the period, oldest first. Never a plan. */
  changes: ChangeLine[];
  /** Every unconfirmed plan, in the future tense, whatever its date. */
  planned: ChangeLine[];
  /** Doses count from this day (the day tracking began); earlier days are neither logged nor "not logged". */
  trackedFrom: string | null;
  adherence: Adherence;
  /** As-needed doses taken per week over the period's days up to today; null when none were taken. */
  asNeededPerWeek: number | null;
}

/** A medication belongs in the summary when it was in force at some point of the period. */
function relevant(med: Medication, period: SummaryPeriod): boolean {
  const inPeriod = recordedSteps(med).some((s) => s.date >= period.from && s.date <= period.to);
  const atStart = statusOn(med, period.from);
  return inPeriod || atStart === 'active' || atStart === 'paused';
}

const line = (step: Medication['steps'][number], med: Medication): ChangeLine => ({
  date: step.date,
  text: describeStep(step, med),
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
      const counted = adherence(med, doses.filter((d) => d.medicationId === med.id), period.from, period.to, now);
      const last = period.to < now.day ? period.to : now.day;
      return {
        id: med.id,
        name: med.name,
        class: med.class,
        status,
        current: regimen
          ? describeDose(regimen.amount, med, regimen.schedule)
          : status === 'paused'
            ? 'Paused'
            : status === 'stopped'
              ? 'Stopped'
              : 'Not started',
        takingSince: status === 'active' || status === 'paused' ? takingSince(med, period.to) : null,
        doseSince: regimen?.date ?? null,
        changes: recordedSteps(med)
          .filter((s) => s.date >= period.from && s.date <= period.to)
          .map((s) => line(s, med)),
        planned: plannedSteps(med).map((s) => line(s, med)),
        trackedFrom: trackedFrom(med),
        adherence: counted,
        asNeededPerWeek: counted.asNeeded > 0 ? counted.asNeeded / (Math.max(1, daysBetween(period.from, last) + 1) / 7) : null,
      };
    });
}

/** "taken 54 of 55 logged (98%) · 3 not logged · skipped: forgot 1": counts, not a judgement. */
export function adherenceText(a: Adherence): string {
  if (a.scheduled === 0 && a.asNeeded === 0) return 'No scheduled doses in this period.';
  const parts: string[] = [];
  if (a.scheduled > 0) {
    parts.push(`taken ${a.taken} of ${a.logged} logged${a.rate === null ? '' : ` (${percent(a.rate)})`}`);
    if (a.notLogged > 0) parts.push(`${a.notLogged} not logged`);
    if (a.skipped > 0) parts.push(`skipped: ${skipReasonsText(a)}`);
  }
  if (a.pending > 0) parts.push(`${a.pending} still due today`);
  if (a.asNeeded > 0) parts.push(`${a.asNeeded} as-needed dose${a.asNeeded === 1 ? '' : 's'} taken`);
  return parts.join(' · ');
}
