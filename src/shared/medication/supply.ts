import { COUNTABLE_UNITS, type DoseLog, type Medication } from '../domain/medication';
import { addDays, eachDay } from './days';
import { asNeededLogs, dosesOn, indexLogs, type LocalNow } from './doses';
import { regimenOn } from './regimen';

export interface SupplyEstimate {
  /** Pieces (tablets, puffs...) estimated to be on hand now. */
  left: number;
  /** Pieces a day under today's regimen; null when nothing is scheduled (as needed, paused, stopped). */
  perDay: number | null;
  /** Whole days the supply lasts at that rate; null without a daily rate. */
  daysLeft: number | null;
  /** The first day the estimate says the supply will not cover. */
  runsOutOn: string | null;
}

type Med = Pick<Medication, 'id' | 'steps' | 'unit' | 'supply'>;

/**
 * An estimate, never a count: the pieces on hand at the refill, less every
 * dose due since then (unless logged as skipped), less today's doses already
 * taken and any as-needed doses logged.
 */
export function supplyEstimate(med: Med, logs: readonly DoseLog[], now: LocalNow): SupplyEstimate | null {
  const stock = med.supply;
  if (!stock) return null;
  const strength = stock.strength ?? (COUNTABLE_UNITS.includes(med.unit) ? 1 : null);
  if (strength === null) return null;
  const pieces = (amount: number) => amount / strength;

  const index = indexLogs(logs);
  let used = 0;
  let dueLaterToday = 0;
  for (const day of eachDay(stock.refillDate, now.day)) {
    const amount = regimenOn(med, day)?.amount ?? 0;
    for (const dose of dosesOn(med, day, index, now)) {
      const consumed = day < now.day ? dose.state !== 'skipped' : dose.state === 'taken';
      if (consumed) used += pieces(amount);
      if (dose.state === 'pending') dueLaterToday += pieces(amount);
    }
  }
  for (const log of asNeededLogs(logs, med.id, stock.refillDate, now.day)) used += pieces(log.amount ?? 0);

  const left = Math.max(0, stock.quantity - used);
  const regimen = regimenOn(med, now.day);
  const perDay =
    regimen && regimen.schedule.kind === 'times' ? pieces(regimen.amount) * regimen.schedule.times.length : null;
  if (perDay === null) return { left, perDay, daysLeft: null, runsOutOn: null };
  // Rounding guard: 3 x 0.1 mg must cover three 0.1 mg doses.
  const whole = (n: number) => Math.floor(n + 1e-9);
  const daysLeft = whole(left / perDay);
  const coveredAfterToday = left < dueLaterToday ? -1 : whole((left - dueLaterToday) / perDay);
  return { left, perDay, daysLeft, runsOutOn: addDays(now.day, coveredAfterToday + 1) };
}
