/*
 * Search compares folded text: lower case, accents removed ("Café" and "cafe"
 * match), so a person finds a word however they typed it. Records are folded
 * once when indexed; only the query is folded per keystroke.
 */

const MARKS = /\p{M}+/gu;

/** Lower-cased, accent-free text for matching. */
export const fold = (text: string): string => text.normalize('NFD').replace(MARKS, '').toLowerCase();

/** The query's words, folded; a record matches when it holds every one of them. */
export const queryTerms = (query: string): string[] => fold(query).split(/\s+/u).filter(Boolean);

/**
 * The folded text with, for each folded character, the index of the original
 * character it came from, so a match found in folded text can be marked in
 * the text as written. Done per character, so only for the few results shown.
 */
export function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const piece = code < 0x80 ? char.toLowerCase() : fold(char);
    for (let k = 0; k < piece.length; k++) from.push(i);
    folded += piece;
    i += width;
  }
  from.push(text.length);
  return { folded, from };
}
