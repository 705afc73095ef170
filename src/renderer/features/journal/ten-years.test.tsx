// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { generateJournal, RARE_WORDS } from '../../../../bench/journal-data';
import { anyRecord } from '../../../shared/domain';
import { JournalSearch } from '../../../shared/journal/search';
import { buildTimeline } from '../../../shared/journal/timeline';
import { longDay } from '../../../shared/journal/days';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { JournalPage } from './JournalPage';
import { UNIT_DECADE } from '../../../../tests/timeouts';
import { UndoProvider } from '../../ui/UndoProvider';

const END = '2026-11-25';
const data = generateJournal({ days: 3650, entries: 1500, endDay: END });

/** An oracle that shares no code with the search: every word of the text, as minisearch would see it. */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const expectedHits = (query: string) => {
  // A one-letter word is not searched for; every other word matches as a prefix, and all of them must.
  const terms = words(query).filter((t) => t.length > 1);
  const matches = (texts: string[]) => terms.length > 0 && terms.every((t) => texts.some((x) => words(x).some((w) => w.startsWith(t))));
  return {
    entries: data.entries.filter((e) => matches([e.title, e.body, ...e.tags])).length,
    checkins: data.checkins.filter((c) => matches([c.note, ...c.triggers, ...c.coping, ...c.tags])).length,
  };
};

const ms = (start: number) => `${(performance.now() - start).toFixed(1)} ms`;
const n = (x: number) => x.toLocaleString('en');

// jsdom does no layout: give the scroller a window's height and each day a typical height.
const sizes: [string, number][] = [
  ['clientHeight', 800],
  ['offsetHeight', 240],
];
beforeAll(() => {
  for (const [prop, value] of sizes) {
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        if (prop === 'clientHeight') return this.getAttribute('aria-label') === 'Timeline, newest first' ? value : 0;
        return this.dataset.day !== undefined ? value : 0;
      },
    });
  }
});
afterAll(() => {
  cleanup();
  for (const [prop] of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[prop];
});

// Ten years through the real index and a jsdom render: seconds on a busy shared machine, so no 5 s default.
describe('ten years of journal data', { timeout: UNIT_DECADE }, () => {
  it('generates valid, deterministic records: 3,650 check-ins and 1,500 entries', () => {
    expect(data.checkins).toHaveLength(3650);
    expect(data.entries).toHaveLength(1500);
    for (const record of [...data.checkins, ...data.entries]) expect(anyRecord.safeParse(record).success).toBe(true);
    expect(generateJournal({ days: 30, entries: 12 })).toEqual(generateJournal({ days: 30, entries: 12 }));
  });

  it('search as you type over ten years matches an independent scan at every keystroke', () => {
    let start = performance.now();
    const search = new JournalSearch();
    search.sync(data.entries, data.checkins);
    console.log(`search index of ${n(search.size)} records (in memory): ${ms(start)}`);
    start = performance.now();
    buildTimeline(data.checkins, data.entries);
    console.log(`timeline grouping of 10 years: ${ms(start)}`);

    const times: number[] = [];
    for (const query of ['l', 'li', 'lig', 'ligh', 'lighthouse', 'lighthouse w', 'lighthouse walked']) {
      start = performance.now();
      const hits = search.search(query);
      times.push(performance.now() - start);
      const ids = [...hits.keys()];
      const want = expectedHits(query);
      expect({
        entries: ids.filter((id) => id.startsWith('entry-')).length,
        checkins: ids.filter((id) => id.startsWith('checkin-')).length,
      }).toEqual(want);
    }
    times.sort((a, b) => a - b);
    console.log(`per keystroke: median ${times[3]?.toFixed(1)} ms, worst ${times[6]?.toFixed(1)} ms`);
  });

  it('opens the timeline with only a screenful in the page, and search returns the right hits', async () => {
    let start = performance.now();
    const store = new RecordStore();
    store.apply([...data.checkins, ...data.entries], []);
    console.log(`store with ${n(store.size)} records: ${ms(start)}`);
    const repository = { store } as unknown as Repository;

    start = performance.now();
    render(
      <VaultContext.Provider value={{ repository, lock: () => {} }}>
        <MemoryRouter initialEntries={['/journal']}>
          {/* The shell's Undo toast, which the page's deletes offer Undo in. */}
          <UndoProvider>
            <JournalPage />
          </UndoProvider>
        </MemoryRouter>
      </VaultContext.Provider>,
    );
    const timeline = await screen.findByRole('region', { name: 'Timeline, newest first' });
    console.log(`timeline first render (jsdom): ${ms(start)}`);

    expect(screen.getByText('1,500 entries and 3,650 check-ins.')).toBeTruthy();
    // Only the days in view (800 px / 240 px) plus a few either side are in the page.
    const days = [...timeline.querySelectorAll('ol > li')];
    console.log(`days in the DOM: ${days.length} of ${n(3650)}`);
    expect(days.length).toBeGreaterThan(3);
    expect(days.length).toBeLessThan(12);
    expect(within(days[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(longDay(END));
    expect(days[0]?.getAttribute('aria-setsize')).toBe('3650');

    const search = screen.getByLabelText('Search entries and check-in notes');
    for (const query of [RARE_WORDS[0], 'quin', 'marmalade garden']) {
      const want = expectedHits(query);
      expect(want.entries + want.checkins).toBeGreaterThan(0);
      start = performance.now();
      act(() => {
        fireEvent.change(search, { target: { value: query } });
      });
      const status = await screen.findByText(`Found ${n(want.entries)} ${want.entries === 1 ? 'entry' : 'entries'} and ${n(want.checkins)} ${want.checkins === 1 ? 'check-in' : 'check-ins'}.`);
      console.log(`search "${query}" (${n(want.entries)} entries, ${n(want.checkins)} check-ins): ${ms(start)}`);
      expect(status).toBeTruthy();
      const marks = [...within(timeline).queryAllByText((_, el) => el?.tagName === 'MARK')].map((m) => m.textContent?.toLowerCase());
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(words(query).some((t) => mark?.startsWith(t))).toBe(true);
    }

    act(() => {
      fireEvent.change(search, { target: { value: '' } });
    });
    await screen.findByText('1,500 entries and 3,650 check-ins.');
  });
});
