import { COUNTABLE_UNITS, type DoseUnit, type Medication, type RegimenStep, type Schedule, type StepType } from '../domain/medication';
import { formatDay } from '../clinical/summary';
import { everyDaysOf, isDoseStep, isPlanned, previousDoseStep, type DoseStep } from './regimen';
import { formatTime } from '../time/format';

/** Past-tense labels for recorded steps; neutral, they state what was recorded. */
export const STEP_LABELS: Record<StepType, string> = {
  start: 'Started',
  increase: 'Increased',
  decrease: 'Decreased',
  // A "switch" step was a new schedule or form at the same amount; "switch" would read as a change of medicine (CLINICAL.md).
  switch: 'Schedule changed',
  pause: 'Paused',
  resume: 'Restarted',
  stop: 'Stopped',
};

/** Future-tense verbs for plans: "Planned: decrease to 50 mg…". */
const PLAN_VERBS: Record<StepType, string> = {
  start: 'start',
  increase: 'increase to',
  decrease: 'decrease to',
  switch: 'change the schedule to',
  pause: 'pause',
  resume: 'restart',
  stop: 'stop',
};

type Dosed = Pick<Medication, 'unit'> & Partial<Pick<Medication, 'pieceStrength'>>;

const formatAmount = (amount: number) => String(Number(amount.toFixed(4)));

function listTimes(stored: readonly string[]): string {
  // Clock times in the person's 12- or 24-hour style (src/shared/time), like the dose-time fields.
  const times = stored.map((t) => formatTime(t));
  if (times.length <= 1) return times.join('');
  return `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}`;
}

const EVERY: Record<number, string> = { 1: '', 2: ' every other day', 7: ' once a week' };

export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'asNeeded') return 'as needed';
  const every = everyDaysOf(schedule);
  return `at ${listTimes(schedule.times)}${EVERY[every] ?? ` every ${every} days`}`;
}

/** Amount per dose time, times per dosing day; null for as needed. */
export function dosesPerDay(schedule: Schedule): number | null {
  return schedule.kind === 'times' ? schedule.times.length : null;
}

/** The amount per dosing day (20 mg × 2 = 40); null for as needed. */
export function dailyAmount(amount: number, schedule: Schedule): number | null {
  const n = dosesPerDay(schedule);
  return n === null ? null : amount * n;
}

/** "20 mg", or "2 × 10 mg tablets" when the unit is a piece with a known strength. */
export function describeAmount(amount: number, med: Dosed): string {
  const strength = med.pieceStrength;
  if (strength && COUNTABLE_UNITS.includes(med.unit)) {
    return `${formatAmount(amount)} × ${formatAmount(strength.amount)} ${strength.unit} ${med.unit}`;
  }
  return `${formatAmount(amount)} ${med.unit}`;
}

/**
 * The total per dosing day: "40 mg/day", "20 mg × 2 = 40 mg/day", and for
 * pieces of a known strength "2 tablets × 2 = 40 mg/day"; null for as needed.
 */
export function totalText(amount: number, schedule: Schedule, med: Dosed): string | null {
  const n = dosesPerDay(schedule);
  if (n === null) return null;
  const per = everyDaysOf(schedule) > 1 ? 'dosing day' : 'day';
  const strength = med.pieceStrength && COUNTABLE_UNITS.includes(med.unit) ? med.pieceStrength : null;
  const total = strength ? `${formatAmount(amount * n * strength.amount)} ${strength.unit}/${per}` : `${formatAmount(amount * n)} ${med.unit}/${per}`;
  if (n === 1) return total;
  return `${formatAmount(amount)} ${med.unit} × ${n} = ${total}`;
}

/** The total in brackets when it adds something to the dose itself (several times a day, or pieces of a strength). */
export function describeTotal(amount: number, schedule: Schedule, med: Dosed): string {
  const n = dosesPerDay(schedule);
  const strength = med.pieceStrength && COUNTABLE_UNITS.includes(med.unit);
  if (n === null || (n === 1 && !strength)) return '';
  return ` (${totalText(amount, schedule, med)})`;
}

/** "20 mg at 08:00 and 20:00 (20 mg × 2 = 40 mg/day)", "0.5 mg as needed", "2 × 10 mg tablets at 08:00 (20 mg/day)". */
export function describeDose(amount: number, unit: DoseUnit | Dosed, schedule: Schedule): string {
  const med: Dosed = typeof unit === 'string' ? { unit } : unit;
  return `${describeAmount(amount, med)} ${describeSchedule(schedule)}${describeTotal(amount, schedule, med)}`;
}

/** Total per day, for comparing two regimens; as-needed compares per dose. */
function comparable(step: DoseStep): number {
  const daily = dailyAmount(step.amount, step.schedule);
  return daily === null ? step.amount : daily / everyDaysOf(step.schedule);
}

/** Whether a change went up, down or kept the amount: from the numbers, never from a menu (CLINICAL.md). */
export function directionOf(previous: DoseStep | null, next: { amount: number; schedule: Schedule }): 'increase' | 'decrease' | 'switch' {
  if (!previous) return 'increase';
  const before = comparable(previous);
  const after = comparable({ ...previous, ...next });
  if (Math.abs(after - before) < 1e-9) return 'switch';
  return after > before ? 'increase' : 'decrease';
}

/** The type a step shows as: a dose change's direction is recomputed from the numbers, so an old mislabelled step reads right. */
export function effectiveType(med: Pick<Medication, 'steps'>, step: RegimenStep): StepType {
  if (!['increase', 'decrease', 'switch'].includes(step.type) || !isDoseStep(step)) return step.type;
  const previous = previousDoseStep(med, step);
  return previous ? directionOf(previous, step) : step.type;
}

type Described = Pick<Medication, 'steps' | 'unit'> & Partial<Pick<Medication, 'pieceStrength'>>;

/**
 * "Increased: 20 mg at 08:00" for what happened; "Planned: decrease to 50 mg at
 * 08:00 on 1 May 2027" for a plan, in the future tense wherever it shows.
 */
export function describeStep(step: RegimenStep, med: Described): string {
  const type = effectiveType(med, step);
  const dose = isDoseStep(step) ? describeDose(step.amount, med, step.schedule) : '';
  if (isPlanned(step)) return `Planned: ${PLAN_VERBS[type]}${dose ? ` ${dose}` : ''} on ${formatDay(step.date)}`;
  return dose ? `${STEP_LABELS[type]}: ${dose}` : STEP_LABELS[type];
}

const CONFIRM_VERBS: Record<StepType, string> = {
  start: 'Started',
  increase: 'Increased to',
  decrease: 'Decreased to',
  switch: 'Changed the schedule to',
  pause: 'Paused',
  resume: 'Restarted',
  stop: 'Stopped',
};

/** The question a plan asks once its date has come: "Decreased to 50 mg on 1 Dec 2026?". */
export function confirmQuestion(step: RegimenStep, med: Described): string {
  const type = effectiveType(med, step);
  const dose = isDoseStep(step) ? ` ${describeAmount(step.amount, med)}` : '';
  return `${CONFIRM_VERBS[type]}${dose} on ${formatDay(step.date)}?`;
}
