import { describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../domain/journal';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import { buildTimeline, countItems } from './timeline';

const at = '2026-01-01T00:00:00.000Z';
const entry = (id: string, date: string, time: string, tags: string[] = []): JournalEntry => ({
  kind: 'journal.entry', id, date, time, title: id, body: 'b', tags, shareWithProvider: false, createdAt: at, updatedAt: at,
});
const checkin = (date: string, tags: string[] = []): JournalCheckin => ({
  kind: 'journal.checkin', id: checkinIdFor(date), date, mood: 5, triggers: [], coping: [], tags, note: '', createdAt: at, updatedAt: at,
});

describe('buildTimeline', () => {
  const entries = [entry('a', '2026-11-20', '08:00'), entry('b', '2026-11-25', '09:00', ['sleep']), entry('c', '2026-11-25', '21:15')];
  const checkins = [checkin('2026-11-25'), checkin('2026-11-01', ['sleep'])];

  it('groups by day, newest day first, entries newest first within a day', () => {
    const groups = buildTimeline(checkins, entries);
    expect(groups.map((g) => g.day)).toEqual(['2026-11-25', '2026-11-20', '2026-11-01']);
    expect(groups[0]?.entries.map((e) => e.id)).toEqual(['c', 'b']);
    expect(groups[0]?.checkins[0]?.date).toBe('2026-11-25');
    expect(countItems(groups)).toEqual({ entries: 3, checkins: 2 });
  });

  it('filters by tag (any case), by inclusive date range and by search hits', () => {
    expect(buildTimeline(checkins, entries, { tag: 'SLEEP' }).map((g) => g.day)).toEqual(['2026-11-25', '2026-11-01']);
    expect(buildTimeline(checkins, entries, { from: '2026-11-20', to: '2026-11-20' }).map((g) => g.day)).toEqual(['2026-11-20']);
    const only = buildTimeline(checkins, entries, { only: new Set(['a', checkinIdFor('2026-11-01')]) });
    expect(countItems(only)).toEqual({ entries: 1, checkins: 1 });
  });

  it('orders ISO days, times and timestamps without locale collation (rebuilt on every search keystroke), as localeCompare did', () => {
    // Shuffled days across years and months, two entries at the same minute told apart by createdAt.
    const days = Array.from({ length: 60 }, (_, i) => `20${20 + (i % 7)}-${String((i * 5) % 12 + 1).padStart(2, '0')}-${String((i * 11) % 28 + 1).padStart(2, '0')}`);
    const many = days.map((day, i) => ({ ...entry(`e${i}`, day, `${String(i % 24).padStart(2, '0')}:00`), createdAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z` }));
    many.push({ ...entry('same-minute-later', days[0]!, '00:00'), createdAt: '2026-01-01T00:00:59.000Z' });
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    const groups = buildTimeline([], many);
    expect(collate).not.toHaveBeenCalled();
    collate.mockRestore();
    expect(groups.map((g) => g.day)).toEqual([...new Set(days)].sort((a, b) => b.localeCompare(a)));
    const first = groups.find((g) => g.day === days[0]);
    expect(first?.entries.map((e) => e.id).slice(0, 2)).toEqual(['same-minute-later', 'e0']);
  });
});
