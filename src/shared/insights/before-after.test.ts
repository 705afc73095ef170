import { describe, expect, it } from 'vitest';
import { beforeAfter } from './before-after';

const r = (day: string, value: number) => ({ day, value });

describe('beforeAfter', () => {
  it('averages the weeks before the event and from the event day on, with sample sizes', () => {
    const readings = [
      r('2026-11-07', 1), // one day too early
      r('2026-11-08', 4),
      r('2026-11-10', 6),
      r('2026-11-14', 5),
      r('2026-11-15', 7), // the event day counts as "after"
      r('2026-11-20', 9),
      r('2026-11-22', 1), // one day too late
    ];
    expect(beforeAfter(readings, '2026-11-15', 1, '2026-11-25')).toEqual({
      before: { from: '2026-11-08', to: '2026-11-14', days: 7, n: 3, mean: 5 },
      after: { from: '2026-11-15', to: '2026-11-21', days: 7, n: 2, mean: 8 },
    });
  });

  it('stops the after-window at today and says when a window has no readings', () => {
    const result = beforeAfter([r('2026-11-21', 3)], '2026-11-20', 2, '2026-11-25');
    expect(result.after).toEqual({ from: '2026-11-20', to: '2026-11-25', days: 6, n: 1, mean: 3 });
    expect(result.before).toEqual({ from: '2026-11-06', to: '2026-11-19', days: 14, n: 0, mean: null });
  });

  it('has an empty after-window for an event that has not happened yet', () => {
    const result = beforeAfter([r('2026-11-24', 4)], '2026-12-01', 1, '2026-11-25');
    expect(result.after).toMatchObject({ days: 0, n: 0, mean: null });
    expect(result.before).toMatchObject({ from: '2026-11-24', n: 1, mean: 4 });
  });
});
