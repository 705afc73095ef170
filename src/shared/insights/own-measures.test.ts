import { describe, expect, it } from 'vitest';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { perDay } from '../journal/per-day';
import { aggregate } from './aggregate';
import { chartedOwnMeasures, ownDaily, ownSummary } from './own-measures';

const STAMP = '2026-11-01T09:00:00.000Z';
const measure = (id: string, over: Partial<JournalMeasure>): JournalMeasure => ({
  kind: 'journal.measure', id, name: id, type: 'rating', inSummary: false, createdAt: STAMP, updatedAt: STAMP, ...over,
});
const checkin = (date: string, custom: JournalCheckin['custom'], part?: 'morning' | 'evening'): JournalCheckin => ({
  kind: 'journal.checkin', id: checkinIdFor(date, part), date, ...(part ? { part } : {}), triggers: [], coping: [], tags: [], note: '',
  createdAt: STAMP, updatedAt: STAMP, custom,
});

const zaps = measure('zaps', { name: 'brain zaps' });
const ex = measure('ex', { name: 'exercised', type: 'yesno' });
const out = measure('out', { name: 'minutes outside', type: 'number', unit: 'minutes' });

describe('own measures in Insights', () => {
  const checkins = [
    checkin('2026-11-02', { zaps: 4, ex: true, out: 30 }),
    checkin('2026-11-03', { zaps: 2, ex: false }),
    checkin('2026-11-04', { ex: true, out: 50 }),
  ];

  it('gives each day its value, and gaps as null (never zero)', () => {
    expect(ownDaily(checkins, 'zaps', '2026-11-01', '2026-11-04').map((d) => d.value)).toEqual([null, 4, 2, null]);
  });

  it('charts yes/no as the share of answered days', () => {
    const week = aggregate(ownDaily(checkins, 'ex', '2026-11-02', '2026-11-08'), 'week');
    expect(week).toEqual([{ start: '2026-11-02', mean: 2 / 3, n: 3 }]);
    expect(ownSummary(ex, ownDaily(checkins, 'ex', '2026-11-01', '2026-11-30'))).toBe('exercised: yes on 2 of 3 days answered (67%).');
  });

  it('says averages with the unit, and when nothing was recorded', () => {
    expect(ownSummary(zaps, ownDaily(checkins, 'zaps', '2026-11-01', '2026-11-30'))).toBe('brain zaps averaged 3 out of 10 on 2 days.');
    expect(ownSummary(out, ownDaily(checkins, 'out', '2026-11-01', '2026-11-30'))).toBe('minutes outside averaged 40 minutes on 2 days.');
    expect(ownSummary(out, ownDaily(checkins, 'out', '2026-12-01', '2026-12-02'))).toBe('minutes outside: not recorded in this period.');
  });

  it('a morning and an evening check-in count as one day, their average', () => {
    const twice = perDay([checkin('2026-11-02', { zaps: 6 }, 'morning'), checkin('2026-11-02', { zaps: 2 }, 'evening')]);
    expect(ownDaily(twice, 'zaps', '2026-11-02', '2026-11-02')).toEqual([{ day: '2026-11-02', value: 4 }]);
  });

  it('keeps a removed measure on the chart while its values are in the period', () => {
    const removed = { ...zaps, archivedAt: '2026-11-20T00:00:00.000Z' };
    expect(chartedOwnMeasures([removed, ex], checkins, '2026-11-01', '2026-11-30').map((m) => m.id)).toEqual(['ex', 'zaps'].sort());
    expect(chartedOwnMeasures([removed, ex], checkins, '2026-12-01', '2026-12-31').map((m) => m.id)).toEqual(['ex']);
  });
});
