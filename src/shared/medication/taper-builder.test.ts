import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaper, type Measure, type Portion, type TaperRequest } from './taper-builder';

const tablets = (...pieces: [number, boolean][]): Measure => ({ kind: 'pieces', pieces: pieces.map(([strength, splittable]) => ({ strength, splittable })) });
const base: TaperRequest = {
  from: 100,
  target: 50,
  change: { by: 'percent', percent: 20 },
  everyDays: 14,
  firstDate: '2027-01-04',
  measure: tablets([50, false], [25, true]),
  unit: 'mg',
};

const amountOf = (makeUp: Portion[], measure: Measure) =>
  makeUp.reduce((sum, p) => sum + ('ml' in p ? p.ml * (measure.kind === 'liquid' ? measure.perMl : NaN) : p.count * (p.half ? p.strength / 2 : p.strength)), 0);

describe('a percentage taper rounded to the tablets a person has', () => {
  it('rounds each step to the nearest dose the tablets make and ends on the target', () => {
    const plan = buildTaper(base);
    expect(plan.ok).toBe(true);
    expect(plan.steps.map((s) => [s.date, s.asked, s.amount])).toEqual([
      ['2027-01-04', 80, 75],
      ['2027-01-18', 60, 62.5],
      ['2027-02-01', 50, 50],
    ]);
    expect(plan.steps[1]!.makeUp).toEqual([
      { strength: 50, count: 1, half: false },
      { strength: 25, count: 1, half: true },
    ]);
  });

  it('uses a half only where the tablet can be split', () => {
    const plan = buildTaper({ ...base, measure: tablets([50, false], [25, false]) });
    // 80 → 75; 60 → 50 (nearest of 50 and 75), the target.
    expect(plan.steps.map((s) => s.amount)).toEqual([75, 50]);
    expect(plan.steps.flatMap((s) => s.makeUp).some((p) => 'half' in p && p.half)).toBe(false);
  });

  it('takes the percentage of the dose of the step before, not of the first dose', () => {
    const plan = buildTaper({ ...base, from: 64, target: 27, measure: { kind: 'liquid', stepMl: 1, perMl: 1 }, change: { by: 'percent', percent: 25 } });
    expect(plan.steps.map((s) => s.amount)).toEqual([48, 36, 27]);
  });

  it('a titration goes up by a fixed amount and never past the target', () => {
    const plan = buildTaper({ ...base, from: 25, target: 100, change: { by: 'amount', amount: 30 }, everyDays: 7 });
    expect(plan).toMatchObject({ ok: true, direction: 'increase' });
    // 55 → 50 (nearer than 62.5); 80 → 75; 105 → stops at the target, 100.
    expect(plan.steps.map((s) => [s.date, s.amount])).toEqual([
      ['2027-01-04', 50],
      ['2027-01-11', 75],
      ['2027-01-18', 100],
    ]);
  });

  it('a liquid is measured to the step the person chose', () => {
    const plan = buildTaper({ ...base, from: 20, target: 10, change: { by: 'percent', percent: 10 }, measure: { kind: 'liquid', stepMl: 0.5, perMl: 2 } });
    // 1 mL steps of the dose: 18, 16.2 → 16, 14.4 → 14, 12.6 → 13, 11.7 → 12, 10.8 → 11, 9.9 → 10.
    expect(plan.steps.map((s) => s.amount)).toEqual([18, 16, 14, 13, 12, 11, 10]);
    expect(plan.steps[0]!.makeUp).toEqual([{ ml: 9 }]);
  });

  it('a target of 0 ends on 0, a stop', () => {
    const plan = buildTaper({ ...base, from: 50, target: 0, change: { by: 'amount', amount: 25 } });
    expect(plan.steps.map((s) => s.amount)).toEqual([25, 0]);
    expect(plan.steps[1]!.makeUp).toEqual([]);
  });
});

describe('plans that cannot be made say why and save nothing extra', () => {
  it('a step smaller than what the tablets can change rounds back, and the plan says where', () => {
    const plan = buildTaper({ ...base, from: 50, target: 25, change: { by: 'percent', percent: 10 }, measure: tablets([25, false]) });
    expect(plan.ok).toBe(false);
    expect(plan).toMatchObject({ problem: expect.stringContaining('After 50 mg, a change of 10 % of 50 mg rounds back to 50 mg') });
  });

  it('a target the tablets cannot make', () => {
    expect(buildTaper({ ...base, target: 30 })).toMatchObject({ ok: false, problem: 'The target of 30 mg cannot be made with the 50 mg, 25 mg (halves too) you have.' });
  });

  it.each([
    [{ target: 100 }, 'The target is the dose you are on already (100 mg).'],
    [{ change: { by: 'percent', percent: 0 } }, 'Enter the change per step as a percentage above 0 and up to 100.'],
    [{ change: { by: 'percent', percent: 150 } }, 'Enter the change per step as a percentage above 0 and up to 100.'],
    [{ change: { by: 'amount', amount: Number.NaN } }, 'Enter the change per step as a number above 0.'],
    [{ everyDays: 0 }, 'Enter the time between steps as a whole number of days from 1 to 365 (or weeks up to a year).'],
    [{ target: -5 }, 'Enter a target dose of 0 or more.'],
    [{ measure: tablets() }, 'Enter at least one strength you have.'],
  ] as [Partial<TaperRequest>, string][])('%o', (change, problem) => {
    expect(buildTaper({ ...base, ...change })).toEqual({ ok: false, problem, steps: [] });
  });

  it('more than 100 steps is refused', () => {
    const plan = buildTaper({ ...base, from: 1000, target: 0, change: { by: 'amount', amount: 5 }, measure: tablets([5, false]) });
    expect(plan).toMatchObject({ ok: false, problem: 'That makes more than 100 steps; check the change per step.' });
  });
});

// Doses on a 0.5 grid up to 400, so strengths and targets are like real ones and targets are often makeable.
const amount = fc.integer({ min: 1, max: 800 }).map((n) => n / 2);
const measure: fc.Arbitrary<Measure> = fc.oneof(
  fc
    .array(fc.record({ strength: fc.constantFrom(0.5, 1, 2.5, 5, 10, 12.5, 20, 25, 37.5, 50, 75, 100), splittable: fc.boolean() }), { minLength: 1, maxLength: 3 })
    .map((pieces) => ({ kind: 'pieces' as const, pieces })),
  fc.record({ kind: fc.constant('liquid' as const), stepMl: fc.constantFrom(0.1, 0.25, 0.5, 1), perMl: fc.constantFrom(1, 2, 5, 10) }),
);
const request: fc.Arbitrary<TaperRequest> = fc.record({
  from: amount,
  target: fc.oneof(amount, fc.constant(0)),
  change: fc.oneof(
    fc.record({ by: fc.constant('amount' as const), amount }),
    fc.record({ by: fc.constant('percent' as const), percent: fc.integer({ min: 1, max: 100 }) }),
  ),
  everyDays: fc.integer({ min: 1, max: 365 }),
  firstDate: fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)),
  measure,
  unit: fc.constant('mg'),
});

describe('properties of every plan the builder makes', () => {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

  it('moves strictly toward the target, never past it, and a finished plan ends on it', () => {
    let finished = 0;
    fc.assert(
      fc.property(request, (r) => {
        const plan = buildTaper(r);
        if (plan.ok) finished += 1;
        const down = r.target < r.from;
        let previous = r.from;
        for (const s of plan.steps) {
          expect(down ? s.amount < previous : s.amount > previous).toBe(true);
          expect(down ? s.amount >= r.target - 1e-9 : s.amount <= r.target + 1e-9).toBe(true);
          previous = s.amount;
        }
        if (plan.ok) expect(near(plan.steps.at(-1)!.amount, r.target)).toBe(true);
      }),
      { numRuns: 400 },
    );
    // The generator must reach finished plans often, or the properties above say little.
    expect(finished).toBeGreaterThan(100);
  });

  it('makes every dose from the stated strengths (halves only of splittable ones) or the liquid step', () => {
    fc.assert(
      fc.property(request, (r) => {
        for (const s of buildTaper(r).steps) {
          expect(near(amountOf(s.makeUp, r.measure), s.amount)).toBe(true);
          for (const p of s.makeUp) {
            if ('ml' in p) {
              expect(r.measure.kind).toBe('liquid');
              if (r.measure.kind === 'liquid') expect(near(Math.round(p.ml / r.measure.stepMl) * r.measure.stepMl, p.ml)).toBe(true);
            } else {
              expect(r.measure.kind === 'pieces' && r.measure.pieces.some((x) => x.strength === p.strength && (x.splittable || !p.half))).toBe(true);
              expect(Number.isInteger(p.count) && p.count > 0).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('dates steps strictly later, one interval apart from the first date', () => {
    fc.assert(
      fc.property(request, (r) => {
        const dates = buildTaper(r).steps.map((s) => s.date);
        if (dates.length) expect(dates[0]).toBe(r.firstDate);
        for (let i = 1; i < dates.length; i++) {
          expect(dates[i]! > dates[i - 1]!).toBe(true);
          expect((Date.parse(dates[i]!) - Date.parse(dates[i - 1]!)) / 86_400_000).toBe(r.everyDays);
        }
      }),
      { numRuns: 400 },
    );
  });
});
