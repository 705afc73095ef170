import { foldWithMap } from './fold';

/** A run of a result's text, marked when it is what the query matched. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

/** Characters shown around the first match: about a line of the result list. */
const RADIUS = 60;

/** A character that continues a word: a match right after one is inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A short quote of `text` around the first place a term matched, every term's
 * matches marked. Without a match (a term found in another field) the quote is
 * the start of the text.
 */
export function snippet(text: string, terms: readonly string[], radius = RADIUS): SnippetPiece[] {
  const { folded, from } = foldWithMap(text.replace(/\s+/gu, ' '));
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const places: number[] = [];
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) places.push(at);
    // A term is marked where a word begins with it, as a reader sees a match; one found only inside
    // words is marked once. Marking every "l" of a one-letter query was noise to read, and hundreds
    // of marks to draw on the first keystroke at ten years (issue 20's worst keystroke).
    const starts = places.filter((at) => at === 0 || !WORD_CHAR.test(folded[at - 1] as string));
    for (const at of starts.length > 0 ? starts : places.slice(0, 1)) {
      ranges.push([from[at] ?? 0, from[at + term.length] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const start = first > radius ? text.lastIndexOf(' ', first - radius / 2) + 1 || first - radius / 2 : 0;
  const end = Math.min(text.length, Math.max(start + radius * 2, (ranges[0]?.[1] ?? 0) + radius));
  const pieces: SnippetPiece[] = [];
  if (start > 0) pieces.push({ text: '…', match: false });
  let cursor = start;
  for (const [a, b] of ranges) {
    if (b <= cursor || a >= end) continue;
    const from = Math.max(a, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), match: false });
    pieces.push({ text: text.slice(from, Math.min(b, end)), match: true });
    cursor = Math.min(b, end);
  }
  if (cursor < end) pieces.push({ text: text.slice(cursor, end), match: false });
  if (end < text.length) pieces.push({ text: '…', match: false });
  return pieces;
}

/**
 * The quote for a long text whose match is known to be near `near` (its place
 * in the folded text): only a window around it is folded character by
 * character, so a result costs the same for a 20-word note and a 2,000-word
 * entry. Folding rarely changes lengths; if the match is not in the window
 * after all, the whole text is quoted the slow way.
 */
export function snippetNear(text: string, terms: readonly string[], near: number, radius = RADIUS): SnippetPiece[] {
  const from = Math.max(0, near - 3 * radius);
  const to = Math.min(text.length, near + 4 * radius);
  if (from === 0 && to === text.length) return snippet(text, terms, radius);
  const pieces = snippet(text.slice(from, to), terms, radius);
  if (!pieces.some((p) => p.match)) return snippet(text, terms, radius);
  if (from > 0 && pieces[0]?.text !== '…') pieces.unshift({ text: '…', match: false });
  if (to < text.length && pieces[pieces.length - 1]?.text !== '…') pieces.push({ text: '…', match: false });
  return pieces;
}
