import { HALT_STEPS, type Medication, type RegimenStep, type Schedule } from '../domain/medication';
import { daysBetween, minutesOf } from './days';

/** A step that sets a dose (start, increase, decrease, switch, resume). */
export type DoseStep = RegimenStep & { amount: number; schedule: Schedule };

export type MedicationStatus = 'planned' | 'active' | 'paused' | 'stopped';

type Timeline = Pick<Medication, 'steps'>;

export const isDoseStep = (step: RegimenStep): step is DoseStep =>
  !HALT_STEPS.includes(step.type) && step.amount !== null && step.schedule !== null;

/** A plan nobody has confirmed yet: never the current dose, never history (CLINICAL.md). */
export const isPlanned = (step: RegimenStep): boolean => step.planned === true;

/** Every step, recorded and planned, in date order. */
export function sortedSteps(med: Timeline): RegimenStep[] {
  return [...med.steps].sort((a, b) => a.date.localeCompare(b.date));
}

/** The steps that happened (confirmed or recorded), in date order: the only ones regimen, adherence and supply use. */
export function recordedSteps(med: Timeline): RegimenStep[] {
  return sortedSteps(med).filter((s) => !isPlanned(s));
}

/** Unconfirmed plans in date order, whatever their date (an overdue plan stays a plan until confirmed). */
export function plannedSteps(med: Timeline): RegimenStep[] {
  return sortedSteps(med).filter(isPlanned);
}

/** Plans whose date has come: the ones to ask about ("Started 10 mg on 1 Dec? Yes / Not yet / Different dose"). */
export function plansToConfirm(med: Timeline, today: string): RegimenStep[] {
  return plannedSteps(med).filter((s) => s.date <= today);
}

/** The latest recorded step dated on or before `day`, whatever its type; null before the start. */
export function stepInForce(med: Timeline, day: string): RegimenStep | null {
  let found: RegimenStep | null = null;
  for (const step of recordedSteps(med)) {
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

/** How many days apart doses fall: 1 every day, 2 every other day, 7 weekly. */
export const everyDaysOf = (schedule: Schedule): number => (schedule.kind === 'times' ? (schedule.everyDays ?? 1) : 1);

/** The times a dose was due on `day`, from the regimen of that day only; as-needed schedules none. */
export function scheduledTimesOn(med: Timeline, day: string): string[] {
  const regimen = regimenOn(med, day);
  const schedule = regimen?.schedule;
  if (!regimen || !schedule || schedule.kind !== 'times') return [];
  // Every-N-days schedules count from the day the step began.
  if (daysBetween(regimen.date, day) % everyDaysOf(schedule) !== 0) return [];
  return [...schedule.times].sort((a, b) => minutesOf(a) - minutesOf(b));
}

export function statusOn(med: Timeline, day: string): MedicationStatus {
  const step = stepInForce(med, day);
  if (!step) return 'planned';
  if (step.type === 'stop') return 'stopped';
  if (step.type === 'pause') return 'paused';
  return 'active';
}

/** Planned steps still ahead of `today`, in date order: the taper or titration to come. */
export function futureSteps(med: Timeline, today: string): RegimenStep[] {
  return plannedSteps(med).filter((s) => s.date > today);
}

/** The step in force today and the next planned one, for "now on… / next on…". */
export function currentAndNext(med: Timeline, today: string): { current: RegimenStep | null; next: RegimenStep | null } {
  return { current: stepInForce(med, today), next: plannedSteps(med)[0] ?? null };
}

/** The first recorded start date: what "since" means in lists. */
export const startDate = (med: Timeline): string | null => recordedSteps(med)[0]?.date ?? sortedSteps(med)[0]?.date ?? null;

/** The start of the run in force on `day` (the latest start on or before it): "taking since". */
export function takingSince(med: Timeline, day: string): string | null {
  const starts = recordedSteps(med).filter((s) => s.type === 'start' && s.date <= day);
  return starts.at(-1)?.date ?? null;
}

/** The first day doses count on: the tracking date, else the first start (records made before tracking dates). */
export function trackedFrom(med: Pick<Medication, 'steps' | 'trackedFrom'>): string | null {
  const first = startDate(med);
  if (!med.trackedFrom) return first;
  return first && first > med.trackedFrom ? first : med.trackedFrom;
}

/**
 * The dose step before `step`, to judge a change by its numbers: for a recorded
 * step only recorded history counts; a plan follows the recorded steps and the plans before it.
 */
export function previousDoseStep(med: Timeline, step: RegimenStep): DoseStep | null {
  const pool = isPlanned(step) ? sortedSteps(med) : recordedSteps(med);
  const before = pool.filter((s) => s.date < step.date && s.id !== step.id && isDoseStep(s));
  return (before.at(-1) as DoseStep | undefined) ?? null;
}

/**
 * Where the plan stands after every step, planned ones included: the dose a new
 * taper or titration starts from. Null when the last step is a pause or stop.
 */
export function planEnd(med: Timeline): DoseStep | null {
  const last = sortedSteps(med).at(-1);
  return last && isDoseStep(last) ? last : null;
}
