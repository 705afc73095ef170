// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchGroup } from '../../../shared/search/search-index';
import type { SnippetPiece } from '../../../shared/search/snippet';
import { SearchResults } from './SearchResults';

afterEach(cleanup);

/** Rows drawn, by record id: a row reads its quote's pieces with map() only when it is drawn. */
let drawn: string[] = [];
const quote = (id: string, word: string): SnippetPiece[] => {
  const pieces: SnippetPiece[] = [{ text: 'by the ', match: false }, { text: word, match: true }];
  const map = pieces.map.bind(pieces);
  return Object.assign(pieces, { map: ((...args: Parameters<typeof map>) => (drawn.push(id), map(...args))) as typeof pieces.map });
};

/** A group as each search builds it: new objects every time, whatever they hold. */
const groupWith = (quotes: [string, string][]): SearchGroup[] => [
  {
    group: 'entries',
    heading: 'Journal entries',
    total: quotes.length,
    hits: quotes.map(([id, word]) => ({ id, title: `Entry ${id}`, field: 'Text', snippet: quote(id, word), open: `#/journal?open=${id}` })),
  },
];

describe('Search everything results', () => {
  it('redraws only the rows whose quote changed with the keystroke', () => {
    const onChoose = () => {};
    const { container, rerender } = render(<SearchResults id="r" groups={groupWith([['a', 'light'], ['b', 'light']])} activeId={undefined} onChoose={onChoose} />);
    expect(drawn).toEqual(['a', 'b']);
    drawn = [];
    rerender(<SearchResults id="r" groups={groupWith([['a', 'light'], ['b', 'lighth']])} activeId={undefined} onChoose={onChoose} />);
    expect([...container.querySelectorAll('[role="listbox"] mark')].map((m) => m.textContent)).toEqual(['light', 'lighth']);
    expect(drawn).toEqual(['b']);
  });
});

describe('Search everything draws only the results in or near its box', () => {
  let heights: Record<string, number> = {};
  /** Heights read from the page, by kind of row. */
  let reads: string[] = [];
  /** When set, the probe the list measures as it opens has no layout (heights 0), as in a dialog not yet laid out. */
  let probeUnlaid = false;
  /** jsdom lays nothing out: give rows and the list the heights a page would (hits 50 px, headings 30 px, a 300 px box). */
  beforeEach(() => {
    heights = { hit: 50, heading: 30, more: 40, list: 300 };
    reads = [];
    probeUnlaid = false;
    // Rows say what they are (data-row; data-probe-row in the probe); the list is the listbox, and the probe is a copy of it (data-probe).
    const kind = (el: HTMLElement) => el.dataset.row ?? el.dataset.probeRow ?? (el.getAttribute('role') === 'listbox' || el.dataset.probe !== undefined ? 'list' : '');
    const unlaid = (el: HTMLElement) => probeUnlaid && el.closest('[data-probe]') !== null;
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      reads.push(kind(this));
      return unlaid(this) ? 0 : (heights[kind(this)] ?? 0);
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return unlaid(this) ? 0 : (heights[kind(this)] ?? 0);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const many = (n: number): SearchGroup[] => [
    {
      group: 'checkins',
      heading: 'Check-in notes',
      total: n + 10,
      hits: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `Check-in ${i}`, field: 'Note', snippet: [{ text: 'walk', match: true }], open: `#/journal?open=c${i}` })),
    },
  ];
  const options = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-row="hit"]')];

  it('draws the rows in the box and a few beyond, each saying its place in the group', () => {
    const { container } = render(<SearchResults id="r" groups={many(45)} activeId={undefined} onChoose={() => {}} />);
    const drawn = options(container);
    // A 300 px box and 240 px beyond it: rows starting above 540 px (30 + 50i < 540) are drawn, 11 of 45.
    expect(drawn.map((o) => o.getAttribute('aria-posinset'))).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1)));
    // 45 results and "Show 10 more": 46 options in the group, read out as such although 11 are in the page.
    expect(new Set(drawn.map((o) => o.getAttribute('aria-setsize')))).toEqual(new Set(['46']));
    expect(container.querySelector('[data-row="more"]')?.getAttribute('aria-posinset')).toBe('46');
    // The rows not drawn keep their height, so the scroll bar and the drawn rows' places are as with all of them.
    const gaps = [...container.querySelectorAll<HTMLElement>('[data-row="gap"]')].map((g) => g.style.height);
    expect(gaps).toEqual([`${34 * 50}px`]);
  });

  it('draws the row the arrow keys chose, however far down, so aria-activedescendant names an element', () => {
    const { container } = render(<SearchResults id="r" groups={many(45)} activeId="search-hit-c40" onChoose={() => {}} />);
    const chosen = container.querySelector('#search-hit-c40');
    expect(chosen?.getAttribute('aria-selected')).toBe('true');
    expect(chosen?.getAttribute('aria-posinset')).toBe('41');
    expect(options(container)).toHaveLength(12);
  });

  it('draws the rows that come into the box as the list scrolls', () => {
    const { container } = render(<SearchResults id="r" groups={many(45)} activeId={undefined} onChoose={() => {}} />);
    const list = container.querySelector<HTMLElement>('[role="listbox"]')!;
    list.scrollTop = 1500;
    fireEvent.scroll(list);
    const drawn = options(container).map((o) => Number(o.getAttribute('aria-posinset')));
    // The box shows 1500–1800; rows reaching 1260–2040 are drawn: result i spans 30 + 50i to 80 + 50i, so results
    // 24 (1230–1280) to 40 (2030–2080), places 25 to 41.
    expect(drawn[0]).toBe(25);
    expect(drawn.at(-1)).toBe(41);
  });

  it('measures its rows as the dialog opens, so the first results are drawn once, reading no height', () => {
    const { container, rerender } = render(<SearchResults id="r" groups={[]} activeId={undefined} onChoose={() => {}} />);
    expect(new Set(reads)).toEqual(new Set(['heading', 'hit', 'more']));
    reads = [];
    rerender(<SearchResults id="r" groups={many(45)} activeId={undefined} onChoose={() => {}} />);
    // Drawn by the heights read as it opened (11 of 45 in a 300 px box and 240 px beyond), with no layout forced.
    expect(options(container)).toHaveLength(11);
    expect(reads).toEqual([]);
    // The copy it measured is out of the layout and out of what a screen reader hears.
    const probe = container.querySelector<HTMLElement>('[data-probe]')!;
    expect(probe.style.display).toBe('none');
    expect(probe.getAttribute('aria-hidden')).toBe('true');
  });

  it('measures again when the list’s width changes, not when its height follows the number of results', () => {
    let width = 600;
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(() => width);
    // jsdom has no ResizeObserver: this one is called as the page would after a layout that resized the list.
    const observers: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          observers.push(this.callback);
        }
        disconnect() {}
      },
    );
    const { rerender } = render(<SearchResults id="r" groups={[]} activeId={undefined} onChoose={() => {}} />);
    const resized = () => observers.forEach((callback) => act(callback));
    rerender(<SearchResults id="r" groups={many(45)} activeId={undefined} onChoose={() => {}} />);
    // The list appeared, then shrank to three results: its height changed, its width did not.
    resized();
    rerender(<SearchResults id="r" groups={many(3)} activeId={undefined} onChoose={() => {}} />);
    resized();
    reads = [];
    rerender(<SearchResults id="r" groups={many(20)} activeId={undefined} onChoose={() => {}} />);
    expect(reads).toEqual([]);
    // A narrower window: the next results are measured again.
    width = 400;
    resized();
    rerender(<SearchResults id="r" groups={many(21)} activeId={undefined} onChoose={() => {}} />);
    expect(reads).toContain('hit');
  });

  it('when it could not measure as it opened, measures a "show more" row when one first appears, and places the later groups’ rows by it', () => {
    probeUnlaid = true;
    heights.more = 400;
    const hit = (id: string) => ({ id, title: id, field: 'Note', snippet: [{ text: 'walk', match: true }], open: `#/x/${id}` });
    const groups = (total: number): SearchGroup[] => [
      { group: 'entries', heading: 'Journal entries', total, hits: [hit('e0'), hit('e1')] },
      { group: 'checkins', heading: 'Check-in notes', total: 40, hits: Array.from({ length: 40 }, (_, i) => hit(`c${i}`)) },
    ];
    const { container, rerender } = render(<SearchResults id="r" groups={groups(2)} activeId={undefined} onChoose={() => {}} />);
    // No "show more" yet: check-in i starts at 30 + 100 + 30 + 50i, so those starting above 540 px (box and beyond) are drawn.
    expect(container.querySelectorAll('[data-group="checkins"] [data-row="hit"]')).toHaveLength(8);
    // The entries now have "Show 10 more", 400 px tall: check-in 0 starts at 560 px, below the drawn part.
    rerender(<SearchResults id="r" groups={groups(12)} activeId={undefined} onChoose={() => {}} />);
    expect(container.querySelectorAll('[data-group="checkins"] [data-row="hit"]')).toHaveLength(0);
  });
});
