import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDay, isoWeekLabel, isoWeekStart, minutesOf, spokenTime } from './days';

describe('calendar days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates in either direction', () => {
    expect(daysBetween('2026-11-25', '2026-12-02')).toBe(7);
    expect(daysBetween('2026-12-02', '2026-11-25')).toBe(-7);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('lists every day of a range, both ends included, and nothing for a reversed range', () => {
    expect(eachDay('2026-11-29', '2026-12-01')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    expect(eachDay('2026-12-01', '2026-11-29')).toEqual([]);
  });

  it('finds ISO weeks: Monday start, and the year of the Thursday', () => {
    expect(isoWeekStart('2026-11-25')).toBe('2026-11-23');
    expect(isoWeekStart('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekStart('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekLabel('2026-11-25')).toBe('2026-W48');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01');
  });

  it('says times the way people do and orders them', () => {
    expect(spokenTime('08:00')).toBe('8:00');
    expect(spokenTime('20:30')).toBe('20:30');
    expect(minutesOf('20:30')).toBe(1230);
  });
});
