import { z } from 'zod';
import { COUNTABLE_UNITS, type Medication, type RegimenStep } from '../../../shared/domain/medication';
import { sortedSteps, type DoseStep } from '../../../shared/medication/regimen';
import type { Portion, TaperPlan, TaperRequest } from '../../../shared/medication/taper-builder';
import { parseAmount } from './records';

/** The builder's fields as typed; numbers stay text until the plan is worked out, so a half-typed "0," is not lost. */
const number = (message: string) => z.string().refine((s) => Number.isFinite(parseAmount(s)), message);

export const taperFormSchema = z.object({
  target: number('Enter the target dose as a number (0 if the plan ends with a stop).'),
  changeBy: z.enum(['amount', 'percent']),
  change: number('Enter the change per step as a number.'),
  every: z.string().regex(/^\s*\d{1,3}\s*$/, 'Enter the time between steps as a whole number.'),
  everyUnit: z.enum(['days', 'weeks']),
  firstDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the first step.'),
  measure: z.enum(['pieces', 'liquid']),
  pieces: z.array(z.object({ strength: z.string(), splittable: z.boolean() })).max(4),
  stepMl: z.string(),
  perMl: z.string(),
  reason: z.string().max(500, 'Keep the reason under 500 characters.'),
});
export type TaperForm = z.output<typeof taperFormSchema>;

/** Nothing about the plan itself is filled in: the change, interval, target and date are the person's (Cairn proposes none). */
export function emptyTaperForm(med: Medication): TaperForm {
  const liquid = med.form === 'liquid' || med.form === 'drops' || med.unit === 'mL';
  // A strength the person already entered for their supply, or one piece when the dose is counted in pieces.
  const known = COUNTABLE_UNITS.includes(med.unit) ? 1 : med.supply?.strength;
  return {
    target: '',
    changeBy: 'amount',
    change: '',
    every: '',
    everyUnit: 'weeks',
    firstDate: '',
    measure: liquid ? 'liquid' : 'pieces',
    pieces: [{ strength: known ? String(known) : '', splittable: false }],
    stepMl: '',
    perMl: med.unit === 'mL' ? '1' : '',
    reason: '',
  };
}

export function taperRequest(form: TaperForm, from: DoseStep, unit: string): TaperRequest {
  const change = parseAmount(form.change);
  return {
    from: from.amount,
    target: parseAmount(form.target),
    change: form.changeBy === 'amount' ? { by: 'amount', amount: change } : { by: 'percent', percent: change },
    everyDays: parseAmount(form.every) * (form.everyUnit === 'weeks' ? 7 : 1),
    firstDate: form.firstDate,
    measure:
      form.measure === 'liquid'
        ? { kind: 'liquid', stepMl: parseAmount(form.stepMl), perMl: parseAmount(form.perMl) }
        : { kind: 'pieces', pieces: form.pieces.map((p) => ({ strength: parseAmount(p.strength), splittable: p.splittable })) },
    unit,
  };
}

/** A plan's first step comes after today and after every step already recorded or planned (one change per day). */
export function dateProblem(form: TaperForm, med: Medication, today: string): string | null {
  if (form.firstDate <= today) return 'The first step of a plan is after today.';
  const last = sortedSteps(med).at(-1);
  if (last && form.firstDate <= last.date) return `The first step must come after the last step already in the plan (${last.date}).`;
  return null;
}

/** The plan as planned steps: each keeps the schedule it starts from; a step to 0 is a stop. */
export function plannedStepsOf(plan: Extract<TaperPlan, { ok: true }>, from: DoseStep, reason: string): Omit<RegimenStep, 'id'>[] {
  return plan.steps.map((s) => {
    const common = { date: s.date, reason: reason.trim(), checkIn: '', planned: true };
    if (s.amount === 0) return { ...common, type: 'stop', amount: null, schedule: null };
    return { ...common, type: plan.direction, amount: s.amount, schedule: from.schedule };
  });
}

const n = (x: number) => String(Number(x.toFixed(4)));

/** "1 × 50 mg and 1 half of a 25 mg", "9 mL". */
export function describeMakeUp(makeUp: readonly Portion[], unit: string): string {
  return makeUp
    .map((p) => ('ml' in p ? `${n(p.ml)} mL` : p.half ? `${p.count} × half of ${n(p.strength)} ${unit}` : `${p.count} × ${n(p.strength)} ${unit}`))
    .join(' and ');
}
