import { describe, expect, it } from 'vitest';
import { noonTimeZone } from './noon-time-zone';

/** The local hour (with minutes as a fraction) at `instant` in `zone`, read through Intl as Chromium and Node would. */
function localHours(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(instant);
  const read = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return read('hour') + read('minute') / 60;
}

describe('noonTimeZone', () => {
  it('puts a run that starts at 23:53 UTC (the CI run that crossed midnight) at 11:53', () => {
    const start = new Date('2026-12-07T23:53:00Z');
    expect(noonTimeZone(start)).toBe('Etc/GMT+12');
    expect(localHours(start, noonTimeZone(start))).toBeCloseTo(11 + 53 / 60);
  });

  it('is UTC itself at noon UTC, and twelve hours ahead at midnight UTC', () => {
    expect(noonTimeZone(new Date('2026-06-01T12:10:00Z'))).toBe('Etc/GMT');
    expect(noonTimeZone(new Date('2026-06-01T00:00:00Z'))).toBe('Etc/GMT-12');
  });

  it('gives a zone between 11:30 and 12:30 local for every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const instant = new Date(Date.UTC(2026, 11, 8, 0, minutes));
      const hours = localHours(instant, noonTimeZone(instant));
      expect(hours, instant.toISOString()).toBeGreaterThanOrEqual(11.5);
      expect(hours, instant.toISOString()).toBeLessThanOrEqual(12.5);
    }
  });
});

describe('this Vitest run', () => {
  it('runs in the zone chosen for it (vitest.config.ts), where it started near noon', () => {
    const zone = process.env.CAIRN_TEST_TZ;
    expect(zone).toMatch(/^Etc\/GMT/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    // Hours after the start it is still the same day there (the unit run takes about five minutes);
    // a zone set by hand (CAIRN_TEST_TZ) promises no hour.
    if (process.env.CAIRN_TEST_TZ_NOON) {
      expect(new Date().getHours()).toBeGreaterThanOrEqual(11);
      expect(new Date().getHours()).toBeLessThan(18);
    }
  });
});
