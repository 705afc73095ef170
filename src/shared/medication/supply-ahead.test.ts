import { describe, expect, it } from 'vitest';
import type { RegimenStep } from '../domain/medication';
import { supplyEstimate } from './supply';
import { refillWarning, runsOutFollowingPlans } from './supply-ahead';
import { at, med, step, taken } from './testing';

// Refilled this morning with 30 × 50 mg tablets; 100 mg (2 tablets) at 08:00, not yet taken today.
const now = { day: '2026-12-01', time: '07:00' };
const plan = (s: RegimenStep): RegimenStep => ({ ...s, planned: true });
const sertraline = (...plans: RegimenStep[]) =>
  med([step('start', '2026-10-01', 100, at('08:00')), ...plans], { supply: { quantity: 30, refillDate: '2026-12-01', strength: 50 } });

describe('the supply follows the plan ahead', () => {
  it('with no plans, runs out when the daily rate says (2 a day: 15 days)', () => {
    const m = sertraline();
    expect(runsOutFollowingPlans(m, [], now)).toBe('2026-12-16');
    expect(runsOutFollowingPlans(m, [], now)).toBe(supplyEstimate(m, [], now)!.runsOutOn);
  });

  it('lasts longer when the dose drops at a planned step', () => {
    // 1st–5th: 2 a day (10, 20 left); from the 6th 1 a day covers the 6th–25th.
    expect(runsOutFollowingPlans(sertraline(plan(step('decrease', '2026-12-06', 50, at('08:00')))), [], now)).toBe('2026-12-26');
  });

  it('runs out sooner when the dose rises at a planned step', () => {
    // 1st–5th: 10 (20 left); 3 a day covers the 6th–11th (18), 2 left for the 12th's 3.
    expect(runsOutFollowingPlans(sertraline(plan(step('increase', '2026-12-06', 150, at('08:00')))), [], now)).toBe('2026-12-12');
  });

  it('follows a change of schedule: twice a day from a planned step', () => {
    // 1st–5th: 10 (20 left); 4 a day covers the 6th–10th exactly.
    expect(runsOutFollowingPlans(sertraline(plan(step('switch', '2026-12-06', 100, at('08:00', '20:00')))), [], now)).toBe('2026-12-11');
  });

  it('never runs out after a planned stop', () => {
    expect(runsOutFollowingPlans(sertraline(plan(step('stop', '2026-12-06'))), [], now)).toBeNull();
  });

  it('ignores an overdue plan nobody confirmed: it is not the dose', () => {
    const overdue = { ...now, day: '2026-12-08' };
    const m = sertraline(plan(step('decrease', '2026-12-05', 50, at('08:00'))));
    expect(runsOutFollowingPlans(m, [], overdue)).toBe(supplyEstimate(m, [], overdue)!.runsOutOn);
  });

  it('has no date without a count or for as-needed doses', () => {
    expect(runsOutFollowingPlans(med([step('start', '2026-10-01', 100, at('08:00'))]), [], now)).toBeNull();
  });
});

describe('the refill warning', () => {
  // Runs out on the 16th: 15 days from the 1st.
  const m = sertraline();

  it('warns N days ahead, not before', () => {
    expect(refillWarning(m, [], now, 14, null)).toBeNull();
    expect(refillWarning(m, [], now, 15, null)).toEqual({ runsOutOn: '2026-12-16', daysLeft: 15, beforeAppointment: false });
    // A week on, with the 1st–8th logged as taken (16 tablets): 14 left, still running out on the 16th.
    const week = ['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => taken(`2026-12-${d}`, '08:00'));
    expect(refillWarning(m, week, { ...now, day: '2026-12-09' }, 7, null)).toEqual({ runsOutOn: '2026-12-16', daysLeft: 7, beforeAppointment: false });
  });

  it('warns when the supply ends on or before the next appointment, however far off', () => {
    expect(refillWarning(m, [], now, 7, '2026-12-20')).toEqual({ runsOutOn: '2026-12-16', daysLeft: 15, beforeAppointment: true });
    expect(refillWarning(m, [], now, 7, '2026-12-16')).toMatchObject({ beforeAppointment: true });
    expect(refillWarning(m, [], now, 7, '2026-12-15')).toBeNull();
  });

  it('follows the plan: a planned decrease can take the warning away', () => {
    expect(refillWarning(m, [], now, 15, null)).not.toBeNull();
    expect(refillWarning(sertraline(plan(step('decrease', '2026-12-06', 50, at('08:00')))), [], now, 15, null)).toBeNull();
  });
});
