import { describe, expect, it } from 'vitest';
import { adherence } from './adherence';
import { plansToConfirm, regimenOn, statusOn, stepInForce, takingSince } from './regimen';
import { supplyEstimate } from './supply';
import { at, med, step, taken } from './testing';

const now = { day: '2026-12-02', time: '10:00' };
// Started 21 Oct; 100 mg since 18 Nov; a taper to 50 mg planned for 1 Dec that nobody confirmed.
const sertraline = med(
  [
    step('start', '2026-10-21', 50, at('08:00')),
    step('increase', '2026-11-18', 100, at('08:00')),
    { ...step('decrease', '2026-12-01', 50, at('08:00', '20:00')), planned: true },
  ],
  { supply: { quantity: 10, refillDate: '2026-12-01', strength: 50 } },
);

describe('an unconfirmed plan stays a plan everywhere', () => {
  it('is not the current dose, even after its date', () => {
    expect(regimenOn(sertraline, '2026-12-02')?.amount).toBe(100);
    expect(stepInForce(sertraline, '2026-12-02')?.date).toBe('2026-11-18');
    expect(statusOn(sertraline, '2026-12-02')).toBe('active');
  });

  it('is asked about once its date has come', () => {
    expect(plansToConfirm(sertraline, '2026-11-30')).toEqual([]);
    expect(plansToConfirm(sertraline, now.day).map((s) => s.date)).toEqual(['2026-12-01']);
  });

  it('does not change adherence: doses stay those of the confirmed regimen', () => {
    // The plan would add an evening dose; unconfirmed, 1 and 2 Dec each have one dose.
    expect(adherence(sertraline, [taken('2026-12-01', '08:00')], '2026-12-01', '2026-12-02', now).scheduled).toBe(2);
  });

  it('does not change supply: pieces follow the confirmed 100 mg', () => {
    expect(supplyEstimate(sertraline, [taken('2026-12-01', '08:00')], now)).toMatchObject({ left: 8, perDay: 2 });
  });

  it('becomes the regimen once confirmed', () => {
    const confirmed = { ...sertraline, steps: sertraline.steps.map((s) => ({ ...s, planned: false })) };
    expect(regimenOn(confirmed, '2026-12-02')?.amount).toBe(50);
  });

  it('knows "taking since" apart from "this dose since"', () => {
    expect(takingSince(sertraline, now.day)).toBe('2026-10-21');
    expect(regimenOn(sertraline, now.day)?.date).toBe('2026-11-18');
  });
});
