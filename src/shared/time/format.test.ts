import { describe, expect, it, vi } from 'vitest';
import { formatCount, regular } from './count';
import { currentLocale, formatDate, formatDay, formatDayRange, formatLongDay, formatMonth, formatTime, formatWeekOf, setDefaultLocale } from './format';

describe('dates and times in the person’s locale', () => {
  it('writes a day the way each locale does, never as ISO', () => {
    expect(formatDay('2026-12-02', 'en-GB')).toMatch(/^Wed,? 2 Dec 2026$/);
    expect(formatDay('2026-12-02', 'en-US')).toBe('Wed, Dec 2, 2026');
    expect(formatDate('2026-12-02', 'en-GB')).toBe('2 Dec 2026');
    expect(formatLongDay('2026-12-02', 'en-GB')).toMatch(/^Wednesday,? 2 December 2026$/);
    expect(formatMonth('2026-12-01', 'en-US')).toBe('December 2026');
    expect(formatWeekOf('2026-11-30', 'en-GB')).toBe('Week of 30 Nov 2026');
  });

  it('writes clock times in the locale’s 12- or 24-hour style', () => {
    expect(formatTime('16:00', 'en-GB')).toBe('16:00');
    expect(formatTime('16:00', 'en-US')).toMatch(/^04:00\sPM$/);
    expect(formatTime('08:05', 'en-US')).toMatch(/^08:05\sAM$/);
    expect(formatTime('08:05', 'en-GB')).toBe('08:05');
  });

  it('keeps impossible input visible instead of "Invalid Date"', () => {
    expect(formatDay('2026-13-45', 'en-GB')).toBe('2026-13-45');
    expect(formatTime('25h', 'en-GB')).toBe('25h');
  });

  it('writes a range of days as one phrase', () => {
    expect(formatDayRange('2026-12-02', '2026-12-08', 'en-GB')).toMatch(/^2\s?–\s?8 Dec 2026$/);
  });
});

describe('the words for a stored day or time', () => {
  it('are written by Intl once, then remembered (a search keystroke mounts a dozen cards that write them)', () => {
    // format is a getter (it hands out a bound function): each day or time written reads it once.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as Record<'format', unknown>, 'format', 'get');
    try {
      const first = [formatTime('07:41', 'en-GB'), formatLongDay('2019-03-07', 'en-GB'), formatDay('2019-03-07', 'en-GB')];
      const calls = format.mock.calls.length;
      expect(calls).toBe(3);
      expect([formatTime('07:41', 'en-GB'), formatLongDay('2019-03-07', 'en-GB'), formatDay('2019-03-07', 'en-GB')]).toEqual(first);
      expect(format.mock.calls.length).toBe(calls);
      // Each locale and style has its own words.
      expect(formatTime('19:41', 'en-US')).toMatch(/^07:41\sPM$/);
      expect(formatTime('07:41', 'en-US')).toMatch(/^07:41\sAM$/);
    } finally {
      format.mockRestore();
    }
  });

  it('are written afresh when the default locale changes', () => {
    const before = currentLocale();
    try {
      setDefaultLocale('en-US');
      expect(formatTime('16:30')).toMatch(/^04:30\sPM$/);
      setDefaultLocale('en-GB');
      expect(formatTime('16:30')).toBe('16:30');
    } finally {
      setDefaultLocale(before);
    }
  });
});

describe('counts', () => {
  it('says "1 day" and "2 days", never "1 days"', () => {
    expect(formatCount(1, regular('day'), 'en')).toBe('1 day');
    expect(formatCount(0, regular('day'), 'en')).toBe('0 days');
    expect(formatCount(2, { one: 'entry', many: 'entries' }, 'en')).toBe('2 entries');
    expect(formatCount(1204, regular('check-in'), 'en')).toBe('1,204 check-ins');
  });
});
