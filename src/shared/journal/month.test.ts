import { describe, expect, it } from 'vitest';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import { monthGrid, monthMood, moodBand, shiftMonth } from './month';

const at = '2026-01-01T00:00:00.000Z';
const checkin = (date: string, mood?: number): JournalCheckin => ({
  kind: 'journal.checkin', id: checkinIdFor(date), date, mood, triggers: [], coping: [], tags: [], note: 'n', createdAt: at, updatedAt: at,
});

describe('month view', () => {
  it('lays out full Monday-first weeks around the month', () => {
    const weeks = monthGrid('2026-11', '2026-11-25', new Map([['2026-11-03', checkin('2026-11-03', 7)]]));
    // 1 November 2026 is a Sunday, 30 November a Monday.
    expect(weeks[0]?.[0]?.day).toBe('2026-10-26');
    expect(weeks.at(-1)?.at(-1)?.day).toBe('2026-12-06');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const flat = weeks.flat();
    expect(flat.filter((c) => c.inMonth)).toHaveLength(30);
    expect(flat.find((c) => c.day === '2026-11-03')?.checkin?.mood).toBe(7);
    expect(flat.filter((c) => c.inMonth && c.future).map((c) => c.day)[0]).toBe('2026-11-26');
  });

  it('bands moods into five colours', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(moodBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]);
  });

  it('averages only the month and only check-ins with a mood', () => {
    const list = [checkin('2026-11-01', 4), checkin('2026-11-02', 7), checkin('2026-11-03'), checkin('2026-10-31', 0)];
    expect(monthMood('2026-11', list)).toEqual({ days: 2, average: 5.5 });
    expect(monthMood('2026-09', list)).toEqual({ days: 0, average: null });
  });

  it('moves across year ends', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
