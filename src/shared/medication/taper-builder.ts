import { addDays } from './days';

/**
 * The taper or titration builder: turns the plan a person and their prescriber
 * agreed ("down by 20 % of the dose every 2 weeks to 50 mg") into dated doses
 * they can actually take with what they have. Cairn proposes nothing here: the
 * change per step, the interval, the target and what they measure with are all
 * the person's entries; this only does the arithmetic and the rounding.
 */

/** One tablet or capsule strength the person has, in the dose unit; halves only where they said it can be split. */
export interface Piece {
  strength: number;
  splittable: boolean;
}

/** What doses are measured with: pieces of stated strengths, or a liquid measured to a step in mL. */
export type Measure =
  | { kind: 'pieces'; pieces: readonly Piece[] }
  /** `perMl`: dose units in one mL (1 when the dose unit is mL). */
  | { kind: 'liquid'; stepMl: number; perMl: number };

export type Change = { by: 'amount'; amount: number } | { by: 'percent'; percent: number };

export interface TaperRequest {
  /** The dose per dose time the plan starts from. */
  from: number;
  /** The dose per dose time the plan ends at; 0 means the last step is a stop. */
  target: number;
  change: Change;
  /** Days between steps (weeks are 7 × n). */
  everyDays: number;
  /** The date of the first step. */
  firstDate: string;
  measure: Measure;
  /** The dose unit, for the words of a problem ("mg"). */
  unit: string;
}

/** How one dose is made up: pieces of a strength (whole or half), or mL of a liquid. */
export type Portion = { strength: number; count: number; half: boolean } | { ml: number };

export interface TaperStep {
  date: string;
  /** The dose to take, one of the doses the measure can make. */
  amount: number;
  /** The dose the change asked for before rounding (and before stopping at the target). */
  asked: number;
  makeUp: Portion[];
}

export type TaperPlan =
  | { ok: true; direction: 'decrease' | 'increase'; steps: TaperStep[] }
  | { ok: false; problem: string; steps: TaperStep[] };

export const MAX_TAPER_STEPS = 100;
/** Whole days between steps, at most a year. */
export const MAX_INTERVAL_DAYS = 365;
// Amounts are worked out on a grid of 1/20,000 of the unit: four decimals, and halves of them, are exact there.
const SCALE = 20_000;
// A finer grid than this between 0 and the largest dose is not a real measure (and would be slow to search).
const MAX_GRID = 200_000;

const toGrid = (n: number) => Math.round(n * SCALE);
const fromGrid = (n: number) => Number((n / SCALE).toFixed(5));
const words = (n: number) => String(Number(n.toFixed(4)));

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

interface Unit {
  size: number;
  /** Cost when choosing how to make a dose: fewest pieces, a half costing a little more than a whole. */
  cost: number;
  portion: (count: number) => Portion;
}

function unitsOf(measure: Measure): Unit[] {
  if (measure.kind === 'liquid') {
    const size = toGrid(measure.stepMl * measure.perMl);
    return [{ size, cost: 1, portion: (count) => ({ ml: Number((count * measure.stepMl).toFixed(4)) }) }];
  }
  return measure.pieces.flatMap((p) => {
    const whole: Unit = { size: toGrid(p.strength), cost: 2, portion: (count) => ({ strength: p.strength, count, half: false }) };
    if (!p.splittable) return [whole];
    return [whole, { size: toGrid(p.strength / 2), cost: 3, portion: (count) => ({ strength: p.strength, count, half: true }) }];
  });
}

/** Every dose up to a limit the measure can make, with the cheapest way to make each (unbounded change-making). */
class Doses {
  private readonly best: Float64Array;
  private readonly via: Int32Array;
  constructor(
    private readonly units: Unit[],
    private readonly step: number,
    limit: number,
  ) {
    const n = Math.floor(limit / step);
    this.best = new Float64Array(n + 1).fill(Infinity);
    this.via = new Int32Array(n + 1).fill(-1);
    this.best[0] = 0;
    for (let k = 1; k <= n; k++) {
      units.forEach((u, i) => {
        const back = k - u.size / step;
        if (back >= 0 && this.best[back]! + u.cost < this.best[k]!) {
          this.best[k] = this.best[back]! + u.cost;
          this.via[k] = i;
        }
      });
    }
  }
  /** Whether a dose on the grid can be made. */
  makes(amount: number): boolean {
    return amount % this.step === 0 && Number.isFinite(this.best[amount / this.step] ?? Infinity);
  }
  /** The makeable dose nearest `wanted`, within [lo, hi]; a tie goes to the one nearer `prefer`. */
  nearest(wanted: number, lo: number, hi: number, prefer: number): number | null {
    const at = Math.round(wanted / this.step);
    for (let d = 0; d <= this.best.length; d++) {
      const candidates = [(at - d) * this.step, (at + d) * this.step]
        .filter((c) => c >= lo && c <= hi && this.makes(c))
        .sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || Math.abs(a - prefer) - Math.abs(b - prefer));
      if (candidates.length) return candidates[0]!;
      if ((at - d) * this.step < lo && (at + d) * this.step > hi) return null;
    }
    return null;
  }
  makeUp(amount: number): Portion[] {
    const counts = new Map<number, number>();
    for (let k = amount / this.step; k > 0; k -= this.units[this.via[k]!]!.size / this.step) {
      counts.set(this.via[k]!, (counts.get(this.via[k]!) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => this.units[b]!.size - this.units[a]!.size).map(([i, count]) => this.units[i]!.portion(count));
  }
}

function inputProblem(r: TaperRequest): string | null {
  const positive = (n: number) => Number.isFinite(n) && n > 0;
  if (!positive(r.from)) return 'The plan needs a current dose above 0 to start from.';
  if (!Number.isFinite(r.target) || r.target < 0) return 'Enter a target dose of 0 or more.';
  if (toGrid(r.target) === toGrid(r.from)) return `The target is the dose you are on already (${words(r.from)} ${r.unit}).`;
  if (r.change.by === 'amount' && !positive(r.change.amount)) return 'Enter the change per step as a number above 0.';
  if (r.change.by === 'percent' && !(positive(r.change.percent) && r.change.percent <= 100)) {
    return 'Enter the change per step as a percentage above 0 and up to 100.';
  }
  if (!Number.isInteger(r.everyDays) || r.everyDays < 1 || r.everyDays > MAX_INTERVAL_DAYS) {
    return `Enter the time between steps as a whole number of days from 1 to ${MAX_INTERVAL_DAYS} (or weeks up to a year).`;
  }
  const m = r.measure;
  if (m.kind === 'pieces') {
    if (m.pieces.length === 0) return 'Enter at least one strength you have.';
    if (!m.pieces.every((p) => positive(p.strength) && toGrid(p.strength) > 0)) return 'Enter each strength as a number above 0.';
  } else if (!(positive(m.stepMl) && positive(m.perMl) && toGrid(m.stepMl * m.perMl) > 0)) {
    return 'Enter the smallest amount you can measure, and the strength of the liquid, as numbers above 0.';
  }
  return null;
}

const measureWords = (m: Measure, unit: string) =>
  m.kind === 'liquid'
    ? `measuring in steps of ${words(m.stepMl)} mL`
    : `the ${m.pieces.map((p) => `${words(p.strength)} ${unit}${p.splittable ? ' (halves too)' : ''}`).join(', ')} you have`;

/**
 * Every step from `from` to `target`: each step changes the dose by the fixed
 * amount or by the percentage of the dose of the step before, is rounded to
 * the nearest dose the measure makes (a tie goes to the smaller change), and
 * never goes past the target; the last step is the target. If a step would
 * round back to the dose before it, the plan cannot be made with this measure
 * and the problem says where, with the steps up to there.
 */
export function buildTaper(r: TaperRequest): TaperPlan {
  const problem = inputProblem(r);
  if (problem) return { ok: false, problem, steps: [] };
  const from = toGrid(r.from);
  const target = toGrid(r.target);
  const direction = target < from ? 'decrease' : 'increase';
  const units = unitsOf(r.measure);
  const step = units.map((u) => u.size).reduce(gcd);
  const limit = Math.max(from, target);
  if (limit / step > MAX_GRID) {
    return { ok: false, problem: `The smallest dose ${measureWords(r.measure, r.unit)} make is too small to work a plan out with.`, steps: [] };
  }
  const doses = new Doses(units, step, limit);
  if (!doses.makes(target)) {
    return { ok: false, problem: `The target of ${words(r.target)} ${r.unit} cannot be made with ${measureWords(r.measure, r.unit)}.`, steps: [] };
  }
  const [lo, hi] = direction === 'decrease' ? [target, from] : [from, target];
  const toward = direction === 'decrease' ? -1 : 1;
  const steps: TaperStep[] = [];
  let previous = from;
  while (previous !== target) {
    if (steps.length === MAX_TAPER_STEPS) {
      return { ok: false, problem: `That makes more than ${MAX_TAPER_STEPS} steps; check the change per step.`, steps };
    }
    const by = r.change.by === 'amount' ? toGrid(r.change.amount) : (previous * r.change.percent) / 100;
    const asked = previous + toward * by;
    const clamped = toward < 0 ? Math.max(asked, target) : Math.min(asked, target);
    const amount = doses.nearest(clamped, lo, hi, previous)!;
    if ((amount - previous) * toward <= 0) {
      const change = r.change.by === 'amount' ? `${words(r.change.amount)} ${r.unit}` : `${words(r.change.percent)} % of ${words(fromGrid(previous))} ${r.unit}`;
      return {
        ok: false,
        problem: `After ${words(fromGrid(previous))} ${r.unit}, a change of ${change} rounds back to ${words(fromGrid(amount))} ${r.unit} with ${measureWords(r.measure, r.unit)}. Change the step, the target or what you measure with.`,
        steps,
      };
    }
    steps.push({ date: addDays(r.firstDate, steps.length * r.everyDays), amount: fromGrid(amount), asked: fromGrid(asked), makeUp: doses.makeUp(amount) });
    previous = amount;
  }
  return { ok: true, direction, steps };
}
