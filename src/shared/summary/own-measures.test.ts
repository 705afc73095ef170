import { describe, expect, it } from 'vitest';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { buildSummary, type SummaryInput } from './build';
import { checkin } from './testing';

const STAMP = '2026-11-01T09:00:00.000Z';
const measure = (id: string, over: Partial<JournalMeasure>): JournalMeasure => ({
  kind: 'journal.measure', id, name: id, type: 'rating', inSummary: true, createdAt: STAMP, updatedAt: STAMP, ...over,
});
const own = (date: string, custom: JournalCheckin['custom'], part?: 'morning' | 'evening'): JournalCheckin => ({
  ...checkin(date, {}),
  id: checkinIdFor(date, part),
  ...(part ? { part } : {}),
  custom,
});

const zaps = measure('zaps', { name: 'brain zaps' });
const ex = measure('ex', { name: 'exercised', type: 'yesno', createdAt: '2026-11-01T09:01:00.000Z' });
const out = measure('out', { name: 'minutes outside', type: 'number', unit: 'minutes', inSummary: false, createdAt: '2026-11-01T09:02:00.000Z' });

const empty: SummaryInput = {
  medications: [], doses: [], sideEffects: [], phq9: [], gad7: [], checkins: [], sessions: [], goals: [], thoughtRecords: [],
  diaryCards: [], exposures: [], practice: [], appointments: [], entries: [],
};
const period = { from: '2026-11-11', to: '2026-11-24' };
const now = { day: '2026-11-25', time: '10:00' };

describe('own measures in the summary', () => {
  const checkins = [
    own('2026-11-01', { zaps: 6, ex: false }),
    own('2026-11-12', { zaps: 4, ex: true, out: 30 }),
    own('2026-11-13', { ex: false }, 'morning'),
    own('2026-11-13', { zaps: 2, ex: true }, 'evening'),
    own('2026-11-14', { ex: false }),
  ];

  it('prints only the ticked measures, this period against the previous one', () => {
    const summary = buildSummary({ ...empty, checkins, measures: [zaps, ex, out] }, period, now, 'prescriber');
    expect(summary.own.map((r) => r.label)).toEqual(['brain zaps (0–10)', 'exercised (yes or no)']);
    const [zapsRow, exRow] = summary.own;
    expect(zapsRow).toMatchObject({ current: { value: 3, days: 2 }, previous: { value: 6, days: 1 }, change: -3 });
    // 13 Nov had "no" in the morning and "yes" in the evening: one day, a yes.
    expect(exRow).toMatchObject({ current: { value: 2 / 3, days: 3, yes: 2 }, previous: { value: 0, days: 1, yes: 0 } });
  });

  it('keeps a removed, ticked measure while it has values, and drops it after', () => {
    const removed = { ...zaps, archivedAt: '2026-11-20T00:00:00.000Z' };
    expect(buildSummary({ ...empty, checkins, measures: [removed] }, period, now, 'prescriber').own).toHaveLength(1);
    expect(buildSummary({ ...empty, checkins, measures: [removed] }, { from: '2026-12-20', to: '2026-12-24' }, { day: '2026-12-25', time: '10:00' }, 'prescriber').own).toEqual([]);
  });

  it('averages a twice-a-day day once for the built-in measures too', () => {
    const twice = [{ ...own('2026-11-12', {}, 'morning'), mood: 4 }, { ...own('2026-11-12', {}, 'evening'), mood: 8 }, { ...own('2026-11-13', {}), mood: 3 }];
    const summary = buildSummary({ ...empty, checkins: twice }, period, now, 'prescriber');
    expect(summary.measures.find((m) => m.measure === 'mood')?.current).toEqual({ mean: 4.5, days: 2 });
  });
});
