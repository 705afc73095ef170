import fc from 'fast-check';
import { addDays, formatISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { GoalCheckIn } from '../domain/therapy';
import { goalTrend } from './goal-trend';

const checkIn = (date: string, score: number): GoalCheckIn => ({ id: `${date}-${score}`, date, score, note: '' });

describe('goal progress trend', () => {
  it('is null with no check-in', () => {
    expect(goalTrend([])).toBeNull();
  });

  it('gives first, latest, change and a slope per week', () => {
    // One point a week apart, rising 1, then 2: least squares gives 1.5 a week.
    const trend = goalTrend([checkIn('2026-11-04', 3), checkIn('2026-11-11', 4), checkIn('2026-11-18', 6)]);
    expect(trend).toMatchObject({ count: 3, first: { date: '2026-11-04', score: 3 }, latest: { date: '2026-11-18', score: 6 }, change: 3 });
    expect(trend?.slopePerWeek).toBeCloseTo(1.5, 10);
  });

  it('uses the dates, not the order the check-ins were typed in', () => {
    const trend = goalTrend([checkIn('2026-11-18', 6), checkIn('2026-11-04', 3), checkIn('2026-11-11', 4)]);
    expect(trend?.first.score).toBe(3);
    expect(trend?.latest.score).toBe(6);
    expect(trend?.slopePerWeek).toBeCloseTo(1.5, 10);
  });

  it('weighs uneven gaps by time: a fall over two days is steep', () => {
    // 8 on day 0, 8 on day 12, 2 on day 14.
    const trend = goalTrend([checkIn('2026-10-01', 8), checkIn('2026-10-13', 8), checkIn('2026-10-15', 2)]);
    // Days 0, 12, 14; mean day 26/3, mean score 6; Σdx·dy = -32, Σdx² = 1032/9,
    // so -32 / (1032/9) = -0.279 a day = -84/43 ≈ -1.95 a week (a plain first-to-last would say -3 a fortnight).
    expect(trend?.slopePerWeek).toBeCloseTo(-84 / 43, 10);
    expect(trend?.change).toBe(-6);
  });

  it('has no slope while every check-in is on the same day', () => {
    const trend = goalTrend([checkIn('2026-11-25', 2), checkIn('2026-11-25', 7)]);
    expect(trend?.slopePerWeek).toBeNull();
    // Same day: order of entry decides first and latest.
    expect(trend?.first.score).toBe(2);
    expect(trend?.latest.score).toBe(7);
  });

  it('recovers the exact weekly rate of any straight-line series', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: -3, max: 3 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 12 }),
        (start, perWeek, days) => {
          const base = new Date(2026, 0, 1);
          const points = days.map((d) => checkIn(formatISO(addDays(base, d), { representation: 'date' }), start + (perWeek * d) / 7));
          expect(goalTrend(points)?.slopePerWeek).toBeCloseTo(perWeek, 6);
        },
      ),
    );
  });
});
