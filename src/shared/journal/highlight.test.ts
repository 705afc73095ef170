import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from './highlight';

describe('highlight', () => {
  it('marks whole matching words regardless of case and keeps every character', () => {
    const pieces = highlight('Walked by the Lake; lakes are calm. <b>lake</b>', ['lake']);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['Lake', 'lake']);
    expect(pieces.map((p) => p.text).join('')).toBe('Walked by the Lake; lakes are calm. <b>lake</b>');
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('quiet day', ['storm'])).toEqual([{ text: 'quiet day', match: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });

  it('cuts a window around the first match', () => {
    const text = `${'a '.repeat(200)}needle ${'b '.repeat(200)}`;
    const cut = excerpt(text, ['needle'], 20);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('needle');
    expect(cut.length).toBeLessThan(50);
  });
});

describe('highlight outside addresses', () => {
  it('never marks a word inside a typed address, and the excerpt centres on a visible match', () => {
    const text = 'see https://example.org/anxiety-guide about anxiety';
    const marked = highlight(text, ['anxiety']).filter((p) => p.match);
    expect(marked).toHaveLength(1);
    expect(text.indexOf('about anxiety')).toBeGreaterThan(0);
    expect(highlight(text, ['anxiety']).map((p) => p.text).join('')).toBe(text);
    const long = `https://example.org/anxiety ${'word '.repeat(100)}anxiety`;
    expect(excerpt(long, ['anxiety'], 20).startsWith('…')).toBe(true);
  });
});
