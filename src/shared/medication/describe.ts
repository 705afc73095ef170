import type { DoseUnit, RegimenStep, Schedule, StepType } from '../domain/medication';
import { formatTime } from '../time/format';

/** Past-tense labels for the timeline; neutral, they state what was recorded. */
export const STEP_LABELS: Record<StepType, string> = {
  start: 'Started',
  increase: 'Increased',
  decrease: 'Decreased',
  switch: 'Switched',
  pause: 'Paused',
  resume: 'Restarted',
  stop: 'Stopped',
};

/** Labels for choosing the kind of a planned or recorded change. */
export const STEP_CHOICES: Record<Exclude<StepType, 'start' | 'pause' | 'resume' | 'stop'>, string> = {
  increase: 'Increase (titration up)',
  decrease: 'Decrease (taper down)',
  switch: 'Switch (same dose, new schedule or form)',
};

const formatAmount = (amount: number) => String(Number(amount.toFixed(4)));

function listTimes(stored: readonly string[]): string {
  // Clock times in the person's 12- or 24-hour style (src/shared/time), like the dose-time fields.
  const times = stored.map((t) => formatTime(t));
  if (times.length <= 1) return times.join('');
  return `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}`;
}

export function describeSchedule(schedule: Schedule): string {
  return schedule.kind === 'asNeeded' ? 'as needed' : `at ${listTimes(schedule.times)}`;
}

/** "20 mg at 08:00 and 20:00", "0.5 mg as needed". */
export function describeDose(amount: number, unit: DoseUnit, schedule: Schedule): string {
  return `${formatAmount(amount)} ${unit} ${describeSchedule(schedule)}`;
}

/** "Increased: 20 mg at 08:00", "Stopped". */
export function describeStep(step: RegimenStep, unit: DoseUnit): string {
  const label = STEP_LABELS[step.type];
  if (step.amount === null || step.schedule === null) return label;
  return `${label}: ${describeDose(step.amount, unit, step.schedule)}`;
}
