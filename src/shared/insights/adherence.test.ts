import { describe, expect, it } from 'vitest';
import { at, med, skipped, step, taken } from '../medication/testing';
import { adherenceSeries } from './adherence';

const now = { day: '2026-11-25', time: '12:00' };
// Started Monday 2 Nov, one dose a day at 08:00.
const sertraline = med([step('start', '2026-11-02', 50, at('08:00'))]);
const logs = [
  taken('2026-11-02', '08:00'),
  taken('2026-11-03', '08:00'),
  skipped('2026-11-04', '08:00'),
  taken('2026-11-05', '08:00'),
  // 6–8 Nov left blank: not logged, so outside the rate.
  ...['09', '10', '11', '12', '13', '14', '15'].map((d) => taken(`2026-11-${d}`, '08:00')),
  taken('2026-11-25', '08:00'),
  taken('2026-11-03', '08:00', 'other-med'), // another medication's log is not counted
];

describe('adherenceSeries', () => {
  it('gives the percent taken per ISO week, none before the start', () => {
    expect(adherenceSeries(sertraline, logs, '2026-10-26', '2026-11-15', 'week', now)).toEqual([
      { start: '2026-10-26', percent: null, taken: 0, due: 0 },
      { start: '2026-11-02', percent: 75, taken: 3, due: 4 }, // 3 of 4 logged; 3 not logged
      { start: '2026-11-09', percent: 100, taken: 7, due: 7 },
    ]);
  });

  it('gives calendar months for long periods, counting only days up to today', () => {
    // November: 12 doses logged (11 taken, 1 skipped) → 91.7% → 92%; the 12 blanks are not counted.
    expect(adherenceSeries(sertraline, logs, '2026-10-15', '2026-11-25', 'month', now)).toEqual([
      { start: '2026-10-01', percent: null, taken: 0, due: 0 },
      { start: '2026-11-01', percent: 92, taken: 11, due: 12 },
    ]);
  });
});
