import { describe, expect, it } from 'vitest';
import { dailySeries, dailyWithRolling, rollingAverage, type DayValue } from './series';

const checkin = (date: string, fields: { mood?: number; anxiety?: number; sleepHours?: number }) => ({ date, ...fields });
const days = (values: (number | null)[], start = 1): DayValue[] =>
  values.map((value, i) => ({ day: `2026-11-${String(start + i).padStart(2, '0')}`, value }));

describe('dailySeries', () => {
  it('gives every day in the range, with null (not zero) where nothing was recorded', () => {
    const checkins = [
      checkin('2026-10-31', { mood: 9 }),
      checkin('2026-11-01', { mood: 4 }),
      checkin('2026-11-03', { mood: 6 }),
      checkin('2026-11-04', { anxiety: 7 }),
    ];
    expect(dailySeries(checkins, 'mood', '2026-11-01', '2026-11-04')).toEqual(days([4, null, 6, null]));
    expect(dailySeries(checkins, 'anxiety', '2026-11-01', '2026-11-04').map((p) => p.value)).toEqual([null, null, null, 7]);
  });

  it('keeps a rating of 0 as a value', () => {
    expect(dailySeries([checkin('2026-11-01', { mood: 0 })], 'mood', '2026-11-01', '2026-11-01')).toEqual(days([0]));
  });
});

describe('rollingAverage (mean of the recorded days among the last 7, none below 4 of them)', () => {
  it('skips gaps instead of counting them as zero', () => {
    // Window of day 6 = days 1..6: 2, 4, 6, 8 → 20 / 4 = 5. Day 8 = days 2..8: 4, 6, 8, 10 → 7.
    const series = days([2, null, 4, null, 6, 8, null, 10]);
    expect(rollingAverage(series).map((p) => p.value)).toEqual([null, null, null, null, null, 5, 5, 7]);
  });

  it('has no average when fewer than the minimum days are recorded in the window', () => {
    const series = days([5, null, null, null, null, null, 7, null, null]);
    expect(rollingAverage(series).every((p) => p.value === null)).toBe(true);
    // With a minimum of 2, day 7 sees 5 and 7 → 6; day 8 only sees 7 → none.
    expect(rollingAverage(series, 7, 2).map((p) => p.value)).toEqual([null, null, null, null, null, null, 6, null, null]);
  });
});

describe('dailyWithRolling', () => {
  it('lets the first shown days use the 6 days before the period', () => {
    const checkins = [
      checkin('2026-11-01', { mood: 2 }),
      checkin('2026-11-03', { mood: 4 }),
      checkin('2026-11-05', { mood: 6 }),
      checkin('2026-11-07', { mood: 8 }),
      checkin('2026-11-08', { mood: 10 }),
    ];
    const { daily, rolling } = dailyWithRolling(checkins, 'mood', '2026-11-07', '2026-11-08');
    expect(daily).toEqual(days([8, 10], 7));
    // 7 Nov: 1–7 Nov hold 2, 4, 6, 8 → 5. 8 Nov: 2–8 Nov hold 4, 6, 8, 10 → 7.
    expect(rolling).toEqual(days([5, 7], 7));
  });
});
