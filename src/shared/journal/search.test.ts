import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../domain/journal';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { JournalSearch } from './search';

const entry = (id: string, body: string, title = '', updatedAt = '2026-01-01T00:00:00.000Z'): JournalEntry => ({
  kind: 'journal.entry', id, date: '2026-11-01', time: '10:00', title, body, tags: [], shareWithProvider: false,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt,
});
const checkin = (date: string, note: string, triggers: string[] = []): JournalCheckin => ({
  kind: 'journal.checkin', id: checkinIdFor(date), date, triggers, coping: [], tags: [], note,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('JournalSearch', () => {
  it('finds a check-in by its own measures’ names, and follows a rename', () => {
    const zaps: JournalMeasure = {
      kind: 'journal.measure', id: 'm-zaps', name: 'brain zaps', type: 'rating', inSummary: false,
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const c = { ...checkin('2026-11-02', ''), custom: { 'm-zaps': 4 } };
    const s = new JournalSearch();
    s.sync([], [c], [zaps]);
    expect([...s.search('zaps').keys()]).toEqual([c.id]);
    s.sync([], [c], [{ ...zaps, name: 'head shocks', updatedAt: '2026-02-01T00:00:00.000Z' }]);
    expect(s.search('zaps').size).toBe(0);
    expect([...s.search('shocks').keys()]).toEqual([c.id]);
  });

  it('finds entries and check-in notes by word, by prefix while typing, and requires every word', () => {
    const s = new JournalSearch();
    s.sync([entry('a', 'Walked to the harbour after **therapy**.'), entry('b', 'Rain all day.', 'Harbour')], [
      checkin('2026-11-02', 'Slept badly, harbour noise', ['conflict']),
    ]);
    expect([...s.search('harbour').keys()].sort()).toEqual(['a', 'b', checkinIdFor('2026-11-02')]);
    expect([...s.search('harb').keys()].sort()).toEqual(['a', 'b', checkinIdFor('2026-11-02')]);
    expect([...s.search('harbour therapy').keys()]).toEqual(['a']);
    expect([...s.search('conflict').keys()]).toEqual([checkinIdFor('2026-11-02')]);
    expect(s.search('harb').get('a')).toEqual(['harbour']);
    expect(s.search('  ;; ').size).toBe(0);
    // One letter is not searched: alone it finds nothing, after other words it does not narrow them until a second letter.
    expect(s.search('h').size).toBe(0);
    expect([...s.search('ha').keys()].sort()).toEqual(['a', 'b', checkinIdFor('2026-11-02')]);
    expect([...s.search('harbour t').keys()].sort()).toEqual(['a', 'b', checkinIdFor('2026-11-02')]);
    expect([...s.search('harbour th').keys()]).toEqual(['a']);
  });

  it('follows edits, deletions and restores without rebuilding', () => {
    const s = new JournalSearch();
    s.sync([entry('a', 'first words')], []);
    s.sync([entry('a', 'second words', '', '2026-02-01T00:00:00.000Z')], []);
    expect(s.search('first').size).toBe(0);
    expect(s.search('second').size).toBe(1);
    s.sync([], []);
    expect(s.search('second').size).toBe(0);
    expect(s.size).toBe(0);
    s.sync([entry('a', 'second words', '', '2026-02-01T00:00:00.000Z')], []);
    expect(s.search('second').size).toBe(1);
  });
});

describe('JournalSearch in slices', () => {
  it('indexes a few records at a time until it is up to date, and finds the same as a full sync', () => {
    const entries = Array.from({ length: 25 }, (_, i) => entry(`e${i}`, `note number ${i} about otters`));
    const sliced = new JournalSearch();
    let rounds = 0;
    while (!sliced.syncSome(entries, [], 10)) rounds++;
    expect(rounds).toBe(2);
    expect(sliced.size).toBe(25);
    const full = new JournalSearch();
    full.sync(entries, []);
    expect([...sliced.search('otters').keys()].sort()).toEqual([...full.search('otters').keys()].sort());
    expect(sliced.search('otters').size).toBe(25);
  });
});

describe('JournalSearch keeps up with the store by identity', () => {
  it('does not walk the same lists again once it is up to date with them (a keystroke does not re-read ten years)', () => {
    const entries = [entry('a', 'otters')];
    const checkins: JournalCheckin[] = [];
    const s = new JournalSearch();
    s.sync(entries, checkins);
    // The store never changes a list in place; one that did would go unseen, which is how this test sees the walk skipped.
    entries.push(entry('b', 'otters too'));
    s.sync(entries, checkins);
    expect([...s.search('otters').keys()]).toEqual(['a']);
    s.sync([...entries], checkins);
    expect([...s.search('otters').keys()].sort()).toEqual(['a', 'b']);
  });
});

describe('JournalSearch indexes visible words only', () => {
  it('does not find an entry by a word that is only in a link address or typed URL', () => {
    const s = new JournalSearch();
    s.sync([entry('a', '[the view](https://example.org/anxiety/photo.jpg)'), entry('b', 'see www.anxiety.example'), entry('c', 'my **anxiety** eased')], []);
    expect([...s.search('anxiety').keys()]).toEqual(['c']);
    expect([...s.search('view').keys()]).toEqual(['a']);
  });
});
