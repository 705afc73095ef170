import { foldWithMap } from './fold';

/** A run of a result's text, marked when it is what the query matched. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

/** Characters shown around the first match: about a line of the result list. */
const RADIUS = 60;

/**
 * A short quote of `text` around the first place a term matched, every term's
 * matches marked. Without a match (a term found in another field) the quote is
 * the start of the text.
 */
export function snippet(text: string, terms: readonly string[], radius = RADIUS): SnippetPiece[] {
  const { folded, from } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
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
