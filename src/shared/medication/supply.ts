import { COUNTABLE_UNITS, type DoseLog, type Medication } from '../domain/medication';
import { addDays, eachDay } from './days';
import { asNeededLogs, dosesOn, indexLogs, type LocalNow } from './doses';
import { everyDaysOf, regimenOn, trackedFrom } from './regimen';

export interface SupplyEstimate {
  /** Pieces (tablets, puffs...) on hand now, less only the doses logged as taken since the refill. */
  left: number;
  /** Doses since the refill whose day has ended without an answer: the same "not logged" count adherence shows. */
  notLogged: number;
  /** Pieces those unlogged doses would use, if they were taken. */
  notLoggedPieces: number;
  /** Pieces a day under today's regimen (averaged over every-N-days schedules); null when nothing is scheduled. */
  perDay: number | null;
  /** Whole days `left` lasts at that rate; null without a daily rate. */
  daysLeft: number | null;
  /** The first day the estimate says the supply will not cover. */
  runsOutOn: string | null;
  /** Pieces the doses still due later today would use (not yet logged). */
  dueLaterToday: number;
}

type Med = Pick<Medication, 'id' | 'steps' | 'unit' | 'supply'> & Partial<Pick<Medication, 'trackedFrom'>>;

/**
 * An estimate, never a count: the pieces on hand at the refill less the doses
 * logged as taken since (scheduled and as needed). It reads the same logged
 * doses adherence does, so the two never disagree: an unlogged dose is not
 * assumed taken; it is counted apart, with what it would use if it was.
 */
export function supplyEstimate(med: Med, logs: readonly DoseLog[], now: LocalNow): SupplyEstimate | null {
  const stock = med.supply;
  if (!stock) return null;
  const strength = stock.strength ?? (COUNTABLE_UNITS.includes(med.unit) ? 1 : null);
  if (strength === null) return null;
  const pieces = (amount: number) => amount / strength;
  const index = indexLogs(logs);
  const tracked = trackedFrom(med);
  const from = tracked && tracked > stock.refillDate ? tracked : stock.refillDate;
  let used = 0;
  let notLogged = 0;
  let notLoggedPieces = 0;
  let dueLaterToday = 0;
  for (const day of eachDay(from, now.day)) {
    const amount = regimenOn(med, day)?.amount ?? 0;
    for (const dose of dosesOn(med, day, index, now)) {
      if (dose.state === 'taken') used += pieces(amount);
      if (dose.state === 'notLogged') {
        notLogged += 1;
        notLoggedPieces += pieces(amount);
      }
      if (dose.state === 'pending') dueLaterToday += pieces(amount);
    }
  }
  for (const log of asNeededLogs(logs, med.id, stock.refillDate, now.day)) used += pieces(log.amount ?? 0);
  const left = Math.max(0, stock.quantity - used);
  const regimen = regimenOn(med, now.day);
  const perDay =
    regimen && regimen.schedule.kind === 'times'
      ? (pieces(regimen.amount) * regimen.schedule.times.length) / everyDaysOf(regimen.schedule)
      : null;
  const base = { left, notLogged, notLoggedPieces, dueLaterToday };
  if (perDay === null) return { ...base, perDay, daysLeft: null, runsOutOn: null };
  // Rounding guard: 3 x 0.1 mg must cover three 0.1 mg doses.
  const whole = (n: number) => Math.floor(n + 1e-9);
  const daysLeft = whole(left / perDay);
  const coveredAfterToday = left < dueLaterToday ? -1 : whole((left - dueLaterToday) / perDay);
  return { ...base, perDay, daysLeft, runsOutOn: addDays(now.day, coveredAfterToday + 1) };
}
