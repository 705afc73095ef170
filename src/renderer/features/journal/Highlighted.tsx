import { highlight } from '../../../shared/journal/highlight';

/** Text with the search's words in <mark>, built as React nodes (never as HTML). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] | undefined }) {
  if (!terms || terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}

/** Two lists of search words alike (each search builds new arrays): a card whose marks would not move is not redrawn. */
export const sameTerms = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((term, i) => term === b[i]));
