import type { Medication, RegimenStep } from '../domain/medication';
import { addDays } from './days';
import { isDoseStep, previousDoseStep, sortedSteps } from './regimen';

/**
 * The FINISH groups of antidepressant discontinuation symptoms, each rated
 * 0 none – 3 severe. Names and words are CLINICAL.md's, word for word.
 */
export const FINISH_GROUPS = [
  { key: 'flu', label: 'Flu-like', words: 'tiredness, aches, sweating' },
  { key: 'insomnia', label: 'Insomnia', words: 'and vivid dreams' },
  { key: 'nausea', label: 'Nausea', words: 'and other stomach upset' },
  { key: 'imbalance', label: 'Imbalance', words: 'dizziness, light-headedness' },
  { key: 'sensory', label: 'Sensory disturbances', words: '“brain zaps”, tingling' },
  { key: 'hyperarousal', label: 'Hyperarousal', words: 'anxiety, irritability, agitation' },
] as const;
export type SymptomKey = (typeof FINISH_GROUPS)[number]['key'];
export const SYMPTOM_KEYS = FINISH_GROUPS.map((g) => g.key) as readonly SymptomKey[];
export const SYMPTOM_ANCHORS = ['none', 'severe'] as const;
export const SYMPTOM_MAX = 3;

/** The list is offered while a taper or stop is in progress and for six weeks after. */
export const AFTER_DAYS = 42;

type Timeline = Pick<Medication, 'steps'>;

/** A dose per day, to judge whether a step lowers it (a schedule of more times a day is more). */
const perDay = (step: RegimenStep) => (isDoseStep(step) ? step.amount * (step.schedule.kind === 'times' ? step.schedule.times.length : 1) : 0);

/** The steps that lower the dose (by their numbers) or stop it, recorded or planned. */
export function loweringSteps(med: Timeline): RegimenStep[] {
  return sortedSteps(med).filter((step) => {
    if (step.type === 'stop') return true;
    if (!isDoseStep(step)) return false;
    const before = previousDoseStep(med, step);
    return before !== null && perDay(step) < perDay(before);
  });
}

/** The days symptoms are asked about for one medication: from each lowering step to six weeks after it, merged. */
export function symptomWindows(med: Timeline): { from: string; to: string }[] {
  const windows: { from: string; to: string }[] = [];
  for (const step of loweringSteps(med)) {
    const to = addDays(step.date, AFTER_DAYS);
    const last = windows.at(-1);
    if (last && step.date <= addDays(last.to, 1)) last.to = to > last.to ? to : last.to;
    else windows.push({ from: step.date, to });
  }
  return windows;
}

/** True when any medication is being tapered or stopped on `day`, or was within the six weeks before. */
export const symptomsAskedOn = (meds: readonly Timeline[], day: string): boolean =>
  meds.some((med) => symptomWindows(med).some((w) => w.from <= day && day <= w.to));

export interface SymptomDay {
  day: string;
  /** The dose per day in force (recorded steps only: a plan is not the dose); null before a start or after a stop. */
  dose: number | null;
  ratings: Partial<Record<SymptomKey, number>>;
}

/**
 * Day by day through this medication's taper or stop (up to today): the dose
 * step line and the symptom ratings under it. Empty when nothing was lowered.
 */
export function doseAndSymptoms(
  med: Timeline,
  checkins: readonly { date: string; symptoms?: Partial<Record<SymptomKey, number | undefined>> }[],
  today: string,
): SymptomDay[] {
  const windows = symptomWindows(med).filter((w) => w.from <= today);
  if (windows.length === 0) return [];
  const byDay = new Map(checkins.map((c) => [c.date, c.symptoms ?? {}]));
  const recorded = { steps: med.steps.filter((s) => s.planned !== true) };
  const days: SymptomDay[] = [];
  for (const w of windows) {
    // From a week before the first lowering step, so the line shows where it came from.
    for (let day = addDays(w.from, -7); day <= (w.to < today ? w.to : today); day = addDays(day, 1)) {
      const step = stepInForceOf(recorded, day);
      const ratings = Object.fromEntries(Object.entries(byDay.get(day) ?? {}).filter(([, v]) => v !== undefined)) as SymptomDay['ratings'];
      days.push({ day, dose: step ? perDay(step) || null : null, ratings });
    }
  }
  return days;
}

const stepInForceOf = (med: Timeline, day: string): RegimenStep | null => sortedSteps(med).filter((s) => s.date <= day).at(-1) ?? null;
