import { describe, expect, it } from 'vitest';
import { checkinIdFor, journalCheckin, type CheckinPart, type JournalCheckin } from '../domain/journal-checkin';
import { perDay } from './per-day';

const STAMP = '2026-11-01T09:00:00.000Z';
const checkin = (date: string, part: CheckinPart | undefined, over: Partial<JournalCheckin>): JournalCheckin =>
  journalCheckin.parse({
    kind: 'journal.checkin',
    id: checkinIdFor(date, part),
    date,
    ...(part ? { part } : {}),
    createdAt: STAMP,
    updatedAt: STAMP,
    triggers: [],
    coping: [],
    tags: [],
    note: '',
    ...over,
  });

describe('twice-a-day check-ins', () => {
  it('have their own ids, and the id must match the part', () => {
    expect(checkinIdFor('2026-11-25', 'morning')).toBe('checkin-2026-11-25-morning');
    expect(checkinIdFor('2026-11-25', 'evening')).toBe('checkin-2026-11-25-evening');
    expect(checkinIdFor('2026-11-25')).toBe('checkin-2026-11-25');
    const wrong = { ...checkin('2026-11-25', 'morning', { mood: 4 }), id: 'checkin-2026-11-25' };
    expect(journalCheckin.safeParse(wrong).success).toBe(false);
  });

  it('perDay averages a day with a morning and an evening check-in into one day', () => {
    const days = perDay([
      checkin('2026-11-25', 'morning', { mood: 4, sleepHours: 7, custom: { zaps: 6, ex: true, out: 10 }, tags: ['a'] }),
      checkin('2026-11-25', 'evening', { mood: 7, anxiety: 3, custom: { zaps: 2, ex: false }, tags: ['a', 'b'] }),
      checkin('2026-11-26', undefined, { mood: 5 }),
    ]);
    expect(days).toHaveLength(2);
    const day = days.find((d) => d.date === '2026-11-25')!;
    expect(day).toMatchObject({ id: 'checkin-2026-11-25', mood: 5.5, anxiety: 3, sleepHours: 7, tags: ['a', 'b'] });
    expect(day.part).toBeUndefined();
    // Ratings and numbers average; yes/no is yes if either check-in said yes; a value given once stays.
    expect(day.custom).toEqual({ zaps: 4, ex: true, out: 10 });
    expect(days.find((d) => d.date === '2026-11-26')?.mood).toBe(5);
  });

  it('perDay leaves one-a-day check-ins as they are', () => {
    const once = [checkin('2026-11-25', undefined, { mood: 4 }), checkin('2026-11-26', undefined, { mood: 6 })];
    const days = perDay(once);
    expect(days).toEqual(once);
    expect(days[0]).toBe(once[0]);
  });
});
