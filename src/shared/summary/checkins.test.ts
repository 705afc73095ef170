import { describe, expect, it } from 'vitest';
import { checkinSeries, measureRows } from './checkins';
import { checkin } from './testing';

const period = { from: '2026-11-11', to: '2026-11-20' };

const checkins = [
  // Previous period: 1–10 November.
  checkin('2026-11-01', { mood: 3, anxiety: 7, sleepHours: 5, energy: 2 }),
  checkin('2026-11-05', { mood: 4, anxiety: 6, sleepHours: 6.5 }),
  // This period.
  checkin('2026-11-11', { mood: 6, anxiety: 4, sleepHours: 7, energy: 5 }),
  checkin('2026-11-15', { mood: 7, sleepHours: 7.5 }),
  checkin('2026-11-20', { mood: 5, anxiety: 5, sleepHours: 8.25, energy: 0 }),
  // After the period.
  checkin('2026-11-21', { mood: 10, anxiety: 0 }),
];

describe('mood, anxiety, sleep and energy', () => {
  it('averages the rated days against the previous period of equal length', () => {
    const rows = Object.fromEntries(measureRows(checkins, period).map((r) => [r.measure, r]));
    expect(rows.mood).toEqual({ measure: 'mood', current: { mean: 6, days: 3 }, previous: { mean: 3.5, days: 2 }, change: 2.5 });
    expect(rows.anxiety).toEqual({ measure: 'anxiety', current: { mean: 4.5, days: 2 }, previous: { mean: 6.5, days: 2 }, change: -2 });
    expect(rows.sleepHours?.current.mean).toBeCloseTo(7.5833, 3);
    expect(rows.sleepHours?.previous.mean).toBe(5.75);
    // An energy of 0 is a rating; an unrated day is not.
    expect(rows.energy).toEqual({ measure: 'energy', current: { mean: 2.5, days: 2 }, previous: { mean: 2, days: 1 }, change: 0.5 });
  });

  it('has no change when the previous period has no ratings', () => {
    const rows = measureRows([checkin('2026-11-12', { mood: 6 })], period);
    expect(rows[0]).toEqual({ measure: 'mood', current: { mean: 6, days: 1 }, previous: { mean: null, days: 0 }, change: null });
  });

  it('gives the chart the days of the period in order, with only the values given', () => {
    const series = checkinSeries([...checkins].reverse(), period);
    expect(series.map((d) => d.date)).toEqual(['2026-11-11', '2026-11-15', '2026-11-20']);
    expect(series[1]?.values).toEqual({ mood: 7, sleepHours: 7.5 });
  });
});
