import { COUNTABLE_UNITS, type DoseLog, type Medication } from '../domain/medication';
import { addDays, daysBetween } from './days';
import type { LocalNow } from './doses';
import { futureSteps, recordedSteps, regimenOn, scheduledTimesOn, statusOn } from './regimen';
import { supplyEstimate } from './supply';

/** How far ahead the walk looks: a supply that outlasts two years needs no warning. */
const HORIZON_DAYS = 730;

type Med = Pick<Medication, 'id' | 'steps' | 'unit' | 'supply'> & Partial<Pick<Medication, 'trackedFrom'>>;

/**
 * The first day whose scheduled doses the supply will not cover, following the
 * regimen forward with the plans still ahead (a taper makes a supply last
 * longer, a titration shorter, a planned stop ends the need). Only plans dated
 * after today count: an overdue plan nobody confirmed is not the dose. Starts
 * from the same estimate the supply line shows (logged doses only). Null when
 * nothing is scheduled, the strength is unknown, or it lasts past two years.
 */
export function runsOutFollowingPlans(med: Med, logs: readonly DoseLog[], now: LocalNow): string | null {
  const estimate = supplyEstimate(med, logs, now);
  const strength = med.supply?.strength ?? (COUNTABLE_UNITS.includes(med.unit) ? 1 : null);
  if (!estimate || strength === null) return null;
  const ahead = { steps: [...recordedSteps(med), ...futureSteps(med, now.day).map((s) => ({ ...s, planned: false }))] };
  let left = estimate.left;
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const day = addDays(now.day, i);
    const due = i === 0 ? estimate.dueLaterToday : (scheduledTimesOn(ahead, day).length * (regimenOn(ahead, day)?.amount ?? 0)) / strength;
    // Rounding guard: 3 × 0.1 mg must cover three 0.1 mg doses.
    if (due > left + 1e-9) return day;
    left -= due;
  }
  return null;
}

export interface RefillWarning {
  runsOutOn: string;
  /** Days from today to that day (0: today's doses are not covered). */
  daysLeft: number;
  /** True when it runs out on or before the next appointment's day. */
  beforeAppointment: boolean;
}

/**
 * A warning when the supply, following the plan, runs out within `warnDays`,
 * or on or before the next appointment (so a prescription can be asked for in
 * time); null otherwise.
 */
export function refillWarning(med: Med, logs: readonly DoseLog[], now: LocalNow, warnDays: number, nextAppointment: string | null): RefillWarning | null {
  const runsOutOn = runsOutFollowingPlans(med, logs, now);
  if (!runsOutOn) return null;
  const daysLeft = daysBetween(now.day, runsOutOn);
  const beforeAppointment = nextAppointment !== null && runsOutOn <= nextAppointment;
  return daysLeft <= warnDays || beforeAppointment ? { runsOutOn, daysLeft, beforeAppointment } : null;
}

/**
 * Every current medication's refill warning today, soonest first: what Today
 * lists and what makes the refill reminder fire (main is told only the time).
 */
export function refillWarnings<M extends Med & Pick<Medication, 'name'>>(
  meds: readonly M[],
  logs: readonly DoseLog[],
  appointmentDays: readonly string[],
  now: LocalNow,
  warnDays: number,
): { warnings: (RefillWarning & { med: M })[]; next: string | null } {
  const next = appointmentDays.filter((d) => d >= now.day).sort()[0] ?? null;
  const warnings = meds
    .filter((m) => statusOn(m, now.day) !== 'stopped')
    .flatMap((med) => {
      const warning = refillWarning(med, logs, now, warnDays, next);
      return warning ? [{ med, ...warning }] : [];
    })
    .sort((a, b) => a.runsOutOn.localeCompare(b.runsOutOn) || a.med.name.localeCompare(b.med.name));
  return { warnings, next };
}
