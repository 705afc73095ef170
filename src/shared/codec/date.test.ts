import { describe, expect, it } from 'vitest';
import { localDate, parseDay, parseTime } from './date';

describe('parseDay: the yyyy-MM-dd a DateField gives', () => {
  it('a real day is itself; empty is not given', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(parseDay(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseDay('')).toBeUndefined();
    expect(parseDay('  ')).toBeUndefined();
  });

  it('a day that does not exist, or another layout, is null', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '05/01/2026', '2026-01-01T00:00', 'abc'])
      expect(parseDay(bad), bad).toBeNull();
  });
});

describe('parseTime: the HH:mm a TimeField gives', () => {
  it('reads the day from 00:00 to 23:59', () => {
    expect(parseTime('00:00')).toBe('00:00');
    expect(parseTime('23:59')).toBe('23:59');
    expect(parseTime(' 08:30 ')).toBe('08:30');
    expect(parseTime('')).toBeUndefined();
  });

  it('refuses what the time input never gives', () => {
    for (const bad of ['24:00', '8:00', '08:60', '08:00:00', '0800', 'noon']) expect(parseTime(bad), bad).toBeNull();
  });
});

describe('localDate: a day and a time on the local calendar', () => {
  it('is the local wall-clock moment, not UTC midnight', () => {
    const d = localDate('2026-03-29', '08:15');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 2, 29, 8, 15]);
    const midnight = localDate('2026-03-29');
    expect([midnight.getDate(), midnight.getHours()]).toEqual([29, 0]);
  });

  it('refuses text the parsers refuse instead of computing a wrong instant', () => {
    expect(() => localDate('2026-02-30')).toThrow(RangeError);
    expect(() => localDate('2026-02-28', '25:00')).toThrow(RangeError);
  });
});
