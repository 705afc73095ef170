// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['light', 'lighth']);
    expect(drawn).toEqual(['b']);
  });
});
