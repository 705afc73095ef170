import { describe, expect, it } from 'vitest';
import { currentAndNext, futureSteps, regimenOn, scheduledTimesOn, startDate, statusOn, stepInForce } from './regimen';
import { asNeeded, at, med, step } from './testing';

const sertraline = med([
  step('start', '2026-11-01', 50, at('08:00')),
  step('increase', '2026-11-10', 100, at('20:00', '08:00')),
  step('pause', '2026-11-15'),
  step('resume', '2026-11-18', 50, at('08:00')),
  step('stop', '2026-11-22'),
]);

describe('regimenOn', () => {
  it('has no regimen before the start', () => {
    expect(regimenOn(sertraline, '2026-10-31')).toBeNull();
    expect(statusOn(sertraline, '2026-10-31')).toBe('planned');
  });

  it('applies a step from its own date on', () => {
    expect(regimenOn(sertraline, '2026-11-01')?.amount).toBe(50);
    expect(regimenOn(sertraline, '2026-11-09')?.amount).toBe(50);
    expect(regimenOn(sertraline, '2026-11-10')?.amount).toBe(100);
  });

  it('has no regimen while paused, and the restarted one after', () => {
    expect(regimenOn(sertraline, '2026-11-15')).toBeNull();
    expect(regimenOn(sertraline, '2026-11-17')).toBeNull();
    expect(statusOn(sertraline, '2026-11-16')).toBe('paused');
    expect(regimenOn(sertraline, '2026-11-18')?.type).toBe('resume');
  });

  it('has no regimen on or after the stop', () => {
    expect(regimenOn(sertraline, '2026-11-22')).toBeNull();
    expect(regimenOn(sertraline, '2027-06-01')).toBeNull();
    expect(statusOn(sertraline, '2026-11-22')).toBe('stopped');
    expect(stepInForce(sertraline, '2027-06-01')?.type).toBe('stop');
  });

  it('does not depend on the order steps were stored in', () => {
    const shuffled = med([...sertraline.steps].reverse());
    expect(regimenOn(shuffled, '2026-11-12')?.amount).toBe(100);
    expect(startDate(shuffled)).toBe('2026-11-01');
  });
});

describe('scheduledTimesOn', () => {
  it('lists the times of that day in clock order', () => {
    expect(scheduledTimesOn(sertraline, '2026-11-12')).toEqual(['08:00', '20:00']);
    expect(scheduledTimesOn(sertraline, '2026-11-05')).toEqual(['08:00']);
  });

  it('schedules nothing for an as-needed regimen, a pause or a stop', () => {
    const prn = med([step('start', '2026-11-01', 0.5, asNeeded)]);
    expect(scheduledTimesOn(prn, '2026-11-02')).toEqual([]);
    expect(scheduledTimesOn(sertraline, '2026-11-16')).toEqual([]);
    expect(scheduledTimesOn(sertraline, '2026-11-30')).toEqual([]);
  });
});

describe('taper plans', () => {
  const plan = (s: ReturnType<typeof step>) => ({ ...s, planned: true });
  const taper = med([
    step('start', '2026-06-01', 20, at('08:00')),
    step('decrease', '2026-11-20', 15, at('08:00')),
    plan(step('decrease', '2026-12-04', 10, at('08:00'))),
    plan(step('decrease', '2026-12-18', 5, at('08:00'))),
    plan(step('stop', '2027-01-01')),
  ]);

  it('shows the current step and announces the next one', () => {
    const { current, next } = currentAndNext(taper, '2026-11-25');
    expect(current?.amount).toBe(15);
    expect(next).toMatchObject({ date: '2026-12-04', amount: 10 });
  });

  it('does not move on by itself when a planned date arrives: the plan waits to be confirmed', () => {
    const { current, next } = currentAndNext(taper, '2026-12-04');
    expect(current?.amount).toBe(15);
    expect(next?.date).toBe('2026-12-04');
    const confirmed = { ...taper, steps: taper.steps.map((s) => (s.date === '2026-12-04' ? { ...s, planned: false } : s)) };
    expect(currentAndNext(confirmed, '2026-12-04')).toMatchObject({ current: { amount: 10 }, next: { date: '2026-12-18' } });
  });

  it('lists only plans still ahead as future steps', () => {
    expect(futureSteps(taper, '2026-11-25').map((s) => s.date)).toEqual(['2026-12-04', '2026-12-18', '2027-01-01']);
    expect(futureSteps(taper, '2026-12-10').map((s) => s.date)).toEqual(['2026-12-18', '2027-01-01']);
  });

  it('has no current step before the start', () => {
    expect(currentAndNext(taper, '2026-05-01').current).toBeNull();
  });
});

describe('every-N-days schedules', () => {
  it('schedules doses every other day, weekly or every N days, counted from the step date', () => {
    const alt = med([step('start', '2026-11-01', 5, { kind: 'times', times: ['08:00'], everyDays: 2 })]);
    expect(['2026-11-01', '2026-11-02', '2026-11-03'].map((d) => scheduledTimesOn(alt, d).length)).toEqual([1, 0, 1]);
    const weekly = med([step('start', '2026-11-01', 50, { kind: 'times', times: ['08:00'], everyDays: 7 })]);
    expect(['2026-11-07', '2026-11-08', '2026-11-15'].map((d) => scheduledTimesOn(weekly, d).length)).toEqual([0, 1, 1]);
  });
});
