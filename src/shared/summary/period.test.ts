import { describe, expect, it } from 'vitest';
import { defaultPeriod, lengthOf, periodProblem, previousPeriod } from './period';

describe('summary period', () => {
  it('runs from the last appointment before today to today', () => {
    const appointments = [{ date: '2026-10-01' }, { date: '2026-11-10' }, { date: '2026-11-25' }, { date: '2026-12-03' }];
    expect(defaultPeriod(appointments, '2026-11-25')).toEqual({ from: '2026-11-10', to: '2026-11-25' });
  });

  it('covers the last 4 weeks (28 days, today included) without an earlier appointment', () => {
    const period = defaultPeriod([{ date: '2026-12-01' }], '2026-11-25');
    expect(period).toEqual({ from: '2026-10-29', to: '2026-11-25' });
    expect(lengthOf(period)).toBe(28);
  });

  it('compares with the equally long period just before', () => {
    expect(previousPeriod({ from: '2026-11-10', to: '2026-11-25' })).toEqual({ from: '2026-10-25', to: '2026-11-09' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('refuses reversed, future, missing and over-long periods with a message', () => {
    expect(periodProblem({ from: '2026-11-20', to: '2026-11-10' }, '2026-11-25')).toMatch(/after the end/);
    expect(periodProblem({ from: '2026-11-20', to: '2026-11-26' }, '2026-11-25')).toMatch(/future/);
    expect(periodProblem({ from: '', to: '2026-11-25' }, '2026-11-25')).toMatch(/start date/);
    expect(periodProblem({ from: '2024-01-01', to: '2026-11-25' }, '2026-11-25')).toMatch(/one year/);
    expect(periodProblem({ from: '2026-11-01', to: '2026-11-25' }, '2026-11-25')).toBeNull();
  });
});
