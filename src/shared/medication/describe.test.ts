import { describe, expect, it } from 'vitest';
import { confirmQuestion, describeDose, describeStep, directionOf } from './describe';
import { asNeeded, at, med, step } from './testing';

describe('describing doses', () => {
  it('lists times in words and keeps small amounts readable', () => {
    expect(describeDose(20, 'mg', at('08:00'))).toBe('20 mg at 08:00');
    expect(describeDose(0.1 + 0.2, 'mg', at('07:00', '12:00', '20:00'))).toBe('0.3 mg at 07:00, 12:00 and 20:00 (0.3 mg × 3 = 0.9 mg/day)');
    expect(describeDose(2, 'puffs', asNeeded)).toBe('2 puffs as needed');
  });

  it('says the amount is per dose and gives the total per day (CLINICAL.md)', () => {
    expect(describeDose(20, 'mg', at('08:00', '20:00'))).toBe('20 mg at 08:00 and 20:00 (20 mg × 2 = 40 mg/day)');
  });

  it('keeps the strength of unit doses', () => {
    const tablets = { unit: 'tablets' as const, pieceStrength: { amount: 10, unit: 'mg' as const } };
    expect(describeDose(2, tablets, at('08:00'))).toBe('2 × 10 mg tablets at 08:00 (20 mg/day)');
    expect(describeDose(2, tablets, at('08:00', '20:00'))).toBe('2 × 10 mg tablets at 08:00 and 20:00 (2 tablets × 2 = 40 mg/day)');
  });

  it('writes every-other-day, weekly and every-N-days schedules, totals per dosing day', () => {
    expect(describeDose(5, 'mg', { kind: 'times', times: ['08:00'], everyDays: 2 })).toBe('5 mg at 08:00 every other day');
    expect(describeDose(50, 'mg', { kind: 'times', times: ['08:00'], everyDays: 7 })).toBe('50 mg at 08:00 once a week');
    expect(describeDose(5, 'mg', { kind: 'times', times: ['08:00', '20:00'], everyDays: 3 })).toBe(
      '5 mg at 08:00 and 20:00 every 3 days (5 mg × 2 = 10 mg/dosing day)',
    );
  });
});

describe('describing steps', () => {
  it('names what changed at each step', () => {
    const m = med([step('start', '2026-11-01', 20, at('08:00')), step('decrease', '2026-12-01', 10, at('08:00')), step('stop', '2026-12-20')]);
    expect(describeStep(m.steps[1]!, m)).toBe('Decreased: 10 mg at 08:00');
    expect(describeStep(m.steps[2]!, m)).toBe('Stopped');
  });

  it('derives the direction from the numbers, whatever type was stored', () => {
    // Saved with the old form's default ("decrease") though the dose went up.
    const m = med([step('start', '2026-11-01', 20, at('08:00')), step('decrease', '2026-11-15', 40, at('08:00'))]);
    expect(describeStep(m.steps[1]!, m)).toBe('Increased: 40 mg at 08:00');
    // Same total per day on a new schedule: not "Switched" (that reads as a new medicine).
    const split = med([step('start', '2026-11-01', 40, at('08:00')), step('switch', '2026-11-15', 20, at('08:00', '20:00'))]);
    expect(describeStep(split.steps[1]!, split)).toBe('Schedule changed: 20 mg at 08:00 and 20:00 (20 mg × 2 = 40 mg/day)');
    expect(describeStep(split.steps[1]!, split)).not.toContain('Switch');
  });

  it('compares totals per day, not per dose', () => {
    const prev = { ...step('start', '2026-11-01', 20, at('08:00', '20:00')), amount: 20, schedule: at('08:00', '20:00') };
    expect(directionOf(prev, { amount: 30, schedule: at('08:00') })).toBe('decrease');
    expect(directionOf(prev, { amount: 25, schedule: at('08:00', '20:00') })).toBe('increase');
  });

  it('writes a plan in the future tense, with its date', () => {
    const m = med([step('start', '2026-10-21', 100, at('08:00')), { ...step('decrease', '2027-05-01', 50, at('08:00')), planned: true }]);
    expect(describeStep(m.steps[1]!, m)).toBe('Planned: decrease to 50 mg at 08:00 on 1 May 2027');
    expect(confirmQuestion(m.steps[1]!, m)).toBe('Decreased to 50 mg on 1 May 2027?');
  });
});
