import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../medication/days';
import { aggregate, resolutionFor } from './aggregate';

describe('resolutionFor', () => {
  it('draws days up to half a year, weeks up to three years, months beyond', () => {
    expect(resolutionFor('2026-01-01', addDays('2026-01-01', 183))).toBe('day'); // 184 days
    expect(resolutionFor('2026-01-01', addDays('2026-01-01', 184))).toBe('week');
    expect(resolutionFor('2020-01-01', addDays('2020-01-01', 1095))).toBe('week'); // 1,096 days
    expect(resolutionFor('2020-01-01', addDays('2020-01-01', 1096))).toBe('month');
  });
});

describe('aggregate', () => {
  it('averages ISO weeks (Monday to Sunday) over the recorded days only', () => {
    const series = [
      { day: '2026-11-21', value: 4 }, // Saturday
      { day: '2026-11-22', value: 6 }, // Sunday
      { day: '2026-11-23', value: null }, // Monday: a new week
      { day: '2026-11-24', value: 3 },
      { day: '2026-11-25', value: null },
    ];
    expect(aggregate(series, 'week')).toEqual([
      { start: '2026-11-16', mean: 5, n: 2 },
      { start: '2026-11-23', mean: 3, n: 1 },
    ]);
  });

  it('keeps a month with nothing recorded as a gap', () => {
    const series = [
      { day: '2026-10-31', value: 2 },
      { day: '2026-11-01', value: null },
      { day: '2026-11-02', value: null },
    ];
    expect(aggregate(series, 'month')).toEqual([
      { start: '2026-10-01', mean: 2, n: 1 },
      { start: '2026-11-01', mean: null, n: 0 },
    ]);
  });

  it('turns ten years of days into 120 monthly points', () => {
    const series = eachDay('2016-12-01', '2026-11-30').map((day, i) => ({ day, value: i % 2 === 0 ? 4 : 6 }));
    const months = aggregate(series, 'month');
    expect(series.length).toBe(3652);
    expect(months).toHaveLength(120);
    // December 2016: 16 fours and 15 sixes → (64 + 90) / 31.
    expect(months[0]).toMatchObject({ start: '2016-12-01', n: 31 });
    expect(months[0]?.mean).toBeCloseTo(154 / 31, 10);
  });
});
