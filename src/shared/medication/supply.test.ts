import { describe, expect, it } from 'vitest';
import { adherence } from './adherence';
import { eachDay } from './days';
import { supplyEstimate } from './supply';
import { asNeeded, asNeededDose, at, med, skipped, step, taken } from './testing';

const now = { day: '2026-11-25', time: '10:30' };

describe('days of supply', () => {
  it('has no estimate without a count', () => {
    expect(supplyEstimate(med([step('start', '2026-11-01', 50, at('08:00'))]), [], now)).toBeNull();
  });

  it('counts the tablets of doses logged as taken since the refill, under each day’s regimen', () => {
    // 2 x 25 mg tablets twice a day = 4 tablets a day. Refilled 60 on the 20th:
    // 20th-24th all logged taken (20 tablets), today's 08:00 taken (2), the 20:00 one still due.
    const m = med([step('start', '2026-11-01', 50, at('08:00', '20:00'))], {
      supply: { quantity: 60, refillDate: '2026-11-20', strength: 25 },
    });
    const logs = ['20', '21', '22', '23', '24'].flatMap((d) => [taken(`2026-11-${d}`, '08:00'), taken(`2026-11-${d}`, '20:00')]);
    const estimate = supplyEstimate(m, [...logs, taken('2026-11-25', '08:00')], now);
    expect(estimate).toEqual({ left: 38, notLogged: 0, notLoggedPieces: 0, dueLaterToday: 2, perDay: 4, daysLeft: 9, runsOutOn: '2026-12-05' });
  });

  it('never assumes an unlogged dose was taken: it counts it apart, as adherence does', () => {
    const m = med([step('start', '2026-11-01', 1, at('08:00'))], {
      unit: 'tablets',
      supply: { quantity: 30, refillDate: '2026-11-21', strength: null },
    });
    // 21st-24th due 4: one taken, one skipped, two not logged; today's dose not taken yet.
    const logs = [taken('2026-11-21', '08:00'), skipped('2026-11-22', '08:00')];
    const estimate = supplyEstimate(m, logs, now);
    expect(estimate).toMatchObject({ left: 29, notLogged: 2, notLoggedPieces: 2, daysLeft: 29 });
    expect(estimate?.notLogged).toBe(adherence(m, logs, '2026-11-21', now.day, now).notLogged);
  });

  it('counts nothing before the tracking date', () => {
    const m = med([step('start', '2026-10-01', 1, at('08:00'))], {
      unit: 'tablets',
      trackedFrom: '2026-11-24',
      supply: { quantity: 30, refillDate: '2026-11-01', strength: null },
    });
    expect(supplyEstimate(m, [taken('2026-11-24', '08:00')], now)).toMatchObject({ left: 29, notLogged: 0 });
  });

  it('lands on the same run-out day whether or not today’s dose is taken yet', () => {
    const m = med([step('start', '2026-11-01', 1, at('08:00'))], {
      unit: 'tablets',
      supply: { quantity: 10, refillDate: '2026-11-25', strength: null },
    });
    expect(supplyEstimate(m, [], now)?.runsOutOn).toBe('2026-12-05');
    expect(supplyEstimate(m, [taken('2026-11-25', '08:00')], now)?.runsOutOn).toBe('2026-12-05');
  });

  it('uses the current regimen for the daily rate after a dose change', () => {
    const m = med([step('start', '2026-11-01', 10, at('08:00')), step('increase', '2026-11-24', 20, at('08:00'))], {
      supply: { quantity: 20, refillDate: '2026-11-23', strength: 10 },
    });
    // 23rd: 1 tablet, 24th: 2 tablets, both logged -> 17 left; now 2 a day.
    expect(supplyEstimate(m, [taken('2026-11-23', '08:00'), taken('2026-11-24', '08:00')], now)).toMatchObject({ left: 17, perDay: 2, daysLeft: 8 });
  });

  it('counts as-needed doses taken but gives no day estimate for them', () => {
    const m = med([step('start', '2026-11-01', 0.5, asNeeded)], {
      supply: { quantity: 20, refillDate: '2026-11-10', strength: 0.5 },
    });
    const estimate = supplyEstimate(m, [asNeededDose('2026-11-12', 1), asNeededDose('2026-11-01', 0.5)], now);
    expect(estimate).toMatchObject({ left: 18, perDay: null, daysLeft: null, runsOutOn: null });
  });

  it('gives no day estimate while paused or stopped, and never goes below zero', () => {
    const m = med([step('start', '2026-11-01', 1, at('08:00')), step('stop', '2026-11-24')], {
      unit: 'tablets',
      supply: { quantity: 5, refillDate: '2026-11-10', strength: null },
    });
    const logs = eachDay('2026-11-10', '2026-11-23').map((d) => taken(d, '08:00'));
    expect(supplyEstimate(m, logs, now)).toMatchObject({ left: 0, perDay: null, daysLeft: null, runsOutOn: null });
  });

  it('keeps fractional doses exact enough to count', () => {
    const m = med([step('start', '2026-11-01', 0.1, at('08:00'))], {
      supply: { quantity: 3, refillDate: '2026-11-25', strength: 0.1 },
    });
    expect(supplyEstimate(m, [], now)?.daysLeft).toBe(3);
  });

  it('uses nothing before a refill dated in the future', () => {
    const m = med([step('start', '2026-11-01', 1, at('08:00'))], {
      unit: 'tablets',
      supply: { quantity: 30, refillDate: '2026-11-28', strength: null },
    });
    expect(supplyEstimate(m, [], now)?.left).toBe(30);
  });
});
