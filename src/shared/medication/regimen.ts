import { HALT_STEPS, type Medication, type RegimenStep, type Schedule } from '../domain/medication';
import { minutesOf } from './days';

/** A step that sets a dose (start, increase, decrease, switch, resume). */
export type DoseStep = RegimenStep & { amount: number; schedule: Schedule };

export type MedicationStatus = 'planned' | 'active' | 'paused' | 'stopped';

type Timeline = Pick<Medication, 'steps'>;

export const isDoseStep = (step: RegimenStep): step is DoseStep =>
  !HALT_STEPS.includes(step.type) && step.amount !== null && step.schedule !== null;

export function sortedSteps(med: Timeline): RegimenStep[] {
  return [...med.steps].sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest step dated on or before `day`, whatever its type; null before the start. */
export function stepInForce(med: Timeline, day: string): RegimenStep | null {
  let found: RegimenStep | null = null;
  for (const step of sortedSteps(med)) {
    if (step.date > day) break;
    found = step;
  }
  return found;
}

/** The dose regimen that applied on `day`: none before the start, while paused, or after a stop. */
export function regimenOn(med: Timeline, day: string): DoseStep | null {
  const step = stepInForce(med, day);
  return step && isDoseStep(step) ? step : null;
}

/** The times a dose was due on `day`, from the regimen of that day only; as-needed schedules none. */
export function scheduledTimesOn(med: Timeline, day: string): string[] {
  const schedule = regimenOn(med, day)?.schedule;
  if (!schedule || schedule.kind !== 'times') return [];
  return [...schedule.times].sort((a, b) => minutesOf(a) - minutesOf(b));
}

export function statusOn(med: Timeline, day: string): MedicationStatus {
  const step = stepInForce(med, day);
  if (!step) return 'planned';
  if (step.type === 'stop') return 'stopped';
  if (step.type === 'pause') return 'paused';
  return 'active';
}

/** Planned steps after `today`, in date order: the taper or titration still ahead. */
export function futureSteps(med: Timeline, today: string): RegimenStep[] {
  return sortedSteps(med).filter((s) => s.date > today);
}

/** The step in force today and the next planned one, for "now on… / next on…". */
export function currentAndNext(med: Timeline, today: string): { current: RegimenStep | null; next: RegimenStep | null } {
  return { current: stepInForce(med, today), next: futureSteps(med, today)[0] ?? null };
}

/** The first start date: what "since" means in lists. */
export const startDate = (med: Timeline): string | null => sortedSteps(med)[0]?.date ?? null;
