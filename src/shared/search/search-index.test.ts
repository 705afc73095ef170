import { describe, expect, it } from 'vitest';
import { anyRecord, type AnyRecord, type RecordKind } from '../domain';
import { fold } from './fold';
import { SearchIndex, shortWordsLeftOut, tooShortToSearch } from './search-index';
import { snippet } from './snippet';

const base = (id: string, updatedAt = '2026-06-01T00:00:00.000Z') => ({ id, createdAt: updatedAt, updatedAt });
const entry = (id: string, date: string, body: string, title = '') =>
  anyRecord.parse({ ...base(id), kind: 'journal.entry', date, time: '09:00', title, body, tags: [], shareWithProvider: false });
const checkin = (date: string, note: string) =>
  anyRecord.parse({ ...base(`checkin-${date}`), kind: 'journal.checkin', date, triggers: [], coping: [], tags: [], note });
const session = (id: string, date: string, notes: string, takeaways: string) =>
  anyRecord.parse({ ...base(id), kind: 'therapy.session', date, modality: 'cbt', attended: true, notes, takeaways, homework: '' });
const effect = (id: string, symptom: string, note: string) =>
  anyRecord.parse({ ...base(id), kind: 'med.sideEffect', date: '2026-02-01', symptom, severity: 2, medicationId: null, note });
const appointment = (id: string, question: string) =>
  anyRecord.parse({ ...base(id), kind: 'therapy.appointment', date: '2026-03-01', type: 'gp', questions: [{ id: 'q1', text: question, asked: false }], decisions: '' });
const thought = (id: string, situation: string) =>
  anyRecord.parse({ ...base(id), kind: 'therapy.thoughtRecord', date: '2026-03-02', situation, moods: [{ name: 'Anxious', intensity: 70 }], thoughts: [{ text: 'They will laugh', hot: true }], evidenceFor: '', evidenceAgainst: '', balancedThought: '' });

function storeOf(records: AnyRecord[]) {
  const cache = new Map<string, AnyRecord[]>();
  return (kind: RecordKind) => {
    if (!cache.has(kind)) cache.set(kind, records.filter((r) => r.kind === kind));
    return cache.get(kind) as AnyRecord[];
  };
}

const all = [
  entry('e1', '2026-01-05', 'A walk by the **river** at the café'),
  entry('e2', '2026-01-09', 'Rain all day', 'River thoughts'),
  checkin('2026-01-06', 'Slept badly, river noise'),
  session('s1', '2026-01-07', 'Talked about sleep', 'Keep the river walk'),
  effect('x1', 'Dry mouth', 'worse in the morning'),
  appointment('a1', 'Ask about the dry mouth'),
  thought('t1', 'Meeting at work'),
];

describe('search everything', () => {
  it('finds every kind, grouped in table order, newest first within a group', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    const groups = index.search('river');
    expect(groups.map((g) => [g.group, g.hits.map((h) => h.id)])).toEqual([
      ['entries', ['e2', 'e1']],
      ['checkins', ['checkin-2026-01-06']],
      ['sessions', ['s1']],
    ]);
    expect(index.search('dry mouth').map((g) => g.group)).toEqual(['effects', 'appointments']);
    expect(index.search('laugh').map((g) => g.group)).toEqual(['thoughts']);
  });

  it('warms once, in idle time, with a word of the newest record; searches after it find the same', () => {
    const empty = new SearchIndex();
    empty.sync(storeOf([]));
    // Nothing to search with yet: it can still warm once the records arrive.
    expect(empty.warm()).toBe(false);
    empty.sync(storeOf(all));
    expect(empty.warm()).toBe(true);
    expect(empty.warm()).toBe(false);
    const cold = new SearchIndex();
    cold.sync(storeOf(all));
    for (const query of ['ri', 'riv', 'river', 'dry mouth', 'a']) expect(empty.search(query)).toEqual(cold.search(query));
  });

  it('matches inside words, ignoring case and accents, every word required', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    expect(index.search('CAFE')[0]?.hits.map((h) => h.id)).toEqual(['e1']);
    expect(index.search('iver walk').flatMap((g) => g.hits.map((h) => h.id))).toEqual(['e1', 's1']);
    expect(index.search('   ')).toEqual([]);
  });

  it('searches from two letters on: one letter is too little to search for', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    expect(index.search('r')).toEqual([]);
    expect(tooShortToSearch('r')).toBe(true);
    expect(tooShortToSearch(' é ')).toBe(true);
    expect(tooShortToSearch('')).toBe(false);
    expect(tooShortToSearch('ri')).toBe(false);
    expect(index.search('ri').flatMap((g) => g.hits.map((h) => h.id))).toContain('e1');
  });

  it('leaves out a one-letter word typed after others until its second letter: the same results, no letter marked', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    const river = index.search('river');
    const typingOn = index.search('river w');
    expect(typingOn).toEqual(river);
    // No lone "w" is marked in the quotes (it would be, in "walk", were it searched).
    expect(typingOn.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((p) => p.match).map((p) => fold(p.text))))).toEqual(['river', 'river', 'river', 'river']);
    expect(shortWordsLeftOut('river w')).toBe(true);
    expect(shortWordsLeftOut('river wa')).toBe(false);
    expect(index.search('river wa').flatMap((g) => g.hits.map((h) => h.id))).toEqual(['e1', 's1']);
    // Only one-letter words: nothing is searched, and the dialog asks for two letters.
    expect(index.search('a b')).toEqual([]);
    expect(tooShortToSearch('a b')).toBe(true);
    expect(shortWordsLeftOut('a b')).toBe(false);
  });

  it('says how many matched and shows only the first few, more when asked', () => {
    const many = Array.from({ length: 20 }, (_, i) => checkin(`2026-02-${String(i + 1).padStart(2, '0')}`, 'calm evening'));
    const index = new SearchIndex();
    index.sync(storeOf(many));
    const [group] = index.search('calm');
    expect(group?.total).toBe(20);
    expect(group?.hits).toHaveLength(5);
    expect(group?.hits[0]?.id).toBe('checkin-2026-02-20');
    expect(index.search('calm', () => 30)[0]?.hits).toHaveLength(20);
  });

  it('updates only what changed, and forgets deleted records', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    expect(index.search('rain')).toHaveLength(1);
    const edited = all.map((r) => (r.id === 'e2' ? { ...r, body: 'Sunshine', updatedAt: '2026-07-01T00:00:00.000Z' } : r)).filter((r) => r.id !== 'checkin-2026-01-06');
    index.sync(storeOf(edited as AnyRecord[]));
    expect(index.search('rain')).toEqual([]);
    expect(index.search('sunshine')[0]?.hits[0]?.id).toBe('e2');
    expect(index.search('noise')).toEqual([]);
  });

  it('narrowing as you type gives the same results as searching afresh', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    index.search('r');
    index.search('ri');
    const typed = index.search('river w');
    const fresh = new SearchIndex();
    fresh.sync(storeOf(all));
    expect(typed).toEqual(fresh.search('river w'));
    // A query that does not extend the last one searches everything again.
    index.search('dry');
    expect(index.search('river')).toEqual(fresh.search('river'));
  });

  it('indexes in slices when asked to', () => {
    const index = new SearchIndex();
    const read = storeOf(all);
    expect(index.sync(read, 3)).toBe(false);
    while (!index.sync(read, 3));
    expect(index.size).toBe(all.length);
  });

  it('opens each record on its own page', () => {
    const index = new SearchIndex();
    index.sync(storeOf(all));
    const opens = ['river', 'dry', 'laugh'].flatMap((q) => index.search(q).flatMap((g) => g.hits.map((h) => h.open)));
    expect(opens).toEqual([
      '/journal?day=2026-01-09&open=e2',
      '/journal?day=2026-01-05&open=e1',
      '/journal?day=2026-01-06&open=checkin-2026-01-06',
      '/therapy?tab=sessions&open=s1',
      '/medications?tab=effects&open=x1',
      '/therapy?tab=appointments&open=a1',
      '/therapy?tab=homework&open=t1',
    ]);
  });
});

describe('the quote', () => {
  it('quotes the field and the place that matched, even deep in a long entry', () => {
    const index = new SearchIndex();
    const body = `${'Ordinary day. '.repeat(150)}Then the Ñandú appeared. ${'More words. '.repeat(50)}`;
    index.sync(storeOf([entry('long', '2026-01-01', body, 'A title')]));
    const [hit] = index.search('nandu')[0]?.hits ?? [];
    expect(hit?.field).toBe('Entry');
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Ñandú']);
    expect(hit?.snippet[0]).toEqual({ text: '…', match: false });
    expect(hit?.snippet.at(-1)).toEqual({ text: '…', match: false });
  });

  it('marks the match in the text as written, accents kept', () => {
    expect(snippet('Coffee at the Café today', ['cafe'])).toEqual([
      { text: 'Coffee at the ', match: false },
      { text: 'Café', match: true },
      { text: ' today', match: false },
    ]);
  });

  it('marks a term where words begin with it, or once when it is only inside words', () => {
    const marked = (text: string, terms: string[]) => snippet(text, terms).filter((p) => p.match).map((p) => p.text);
    expect(marked('Slept well, lighthouse walk, Lovely tea', ['l'])).toEqual(['l', 'L']);
    expect(marked('Slept well after tea', ['l'])).toEqual(['l']);
    expect(marked('Ça alors, Çava', ['ca'])).toEqual(['Ça', 'Ça']);
    expect(marked('Tea, then more tea', ['tea', 'more'])).toEqual(['Tea', 'more', 'tea']);
  });

  it('starts near the match in a long text', () => {
    const text = `${'word '.repeat(100)}needle ${'word '.repeat(100)}`;
    const pieces = snippet(text, ['needle']);
    expect(pieces[0]).toEqual({ text: '…', match: false });
    expect(pieces.find((p) => p.match)?.text).toBe('needle');
    expect(pieces.map((p) => p.text).join('').length).toBeLessThan(200);
  });

  it('folds the way the index does', () => {
    expect(fold('Ça VA Été')).toBe('ca va ete');
  });
});

describe('own measures in search everything', () => {
  const measure = (name: string, updatedAt: string) =>
    anyRecord.parse({ ...base('measure-zaps', updatedAt), kind: 'journal.measure', name, type: 'rating', lowWord: 'none', highWord: 'constant', inSummary: false });
  const rated = anyRecord.parse({ ...base('checkin-2026-01-10'), kind: 'journal.checkin', date: '2026-01-10', triggers: [], coping: [], tags: [], note: '', custom: { 'measure-zaps': 4 } });

  it('finds a check-in by the name of a measure it holds, and quotes the value', () => {
    const index = new SearchIndex();
    index.sync(storeOf([measure('brain zaps', '2026-01-01T00:00:00.000Z'), rated]));
    const [group] = index.search('zaps');
    expect(group?.group).toBe('checkins');
    expect(group?.hits.map((h) => [h.id, h.field])).toEqual([['checkin-2026-01-10', 'brain zaps']]);
    expect(group?.hits[0]?.snippet.map((p) => p.text).join('')).toContain('brain zaps: 4');
  });

  it('a renamed measure is found by its new name only, though the check-in did not change', () => {
    const index = new SearchIndex();
    index.sync(storeOf([measure('brain zaps', '2026-01-01T00:00:00.000Z'), rated]));
    expect(index.search('zaps')).toHaveLength(1);
    index.sync(storeOf([measure('head shocks', '2026-01-02T00:00:00.000Z'), rated]));
    expect(index.search('zaps')).toEqual([]);
    expect(index.search('shocks')[0]?.hits.map((h) => h.id)).toEqual(['checkin-2026-01-10']);
  });
});
