import { URL_PATTERN } from './plain-text';

export interface Piece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Where the text's typed addresses are; words inside them are never marked (the index skips them too). */
function addressSpans(text: string): [number, number][] {
  return [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whole words of the text that are search words, outside addresses. */
function* matches(text: string, terms: readonly string[]) {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  if (wanted.size === 0) return;
  const spans = addressSpans(text);
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(m[0].toLowerCase())) continue;
    if (spans.some(([from, to]) => m.index >= from && m.index < to)) continue;
    yield m;
  }
}

/**
 * Splits text into plain and matching pieces (whole words, ignoring case) so
 * the UI can wrap matches in <mark> as React nodes; no markup is ever built
 * from the user's text.
 */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  if (text === '') return [];
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of matches(text, terms)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}

/** A window of plain text around its first match, so a long entry shows why it was found. */
export function excerpt(text: string, terms: readonly string[], radius = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matches(flat, terms).next();
  const at = first.done ? -1 : first.value.index;
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2)}…` : flat;
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
