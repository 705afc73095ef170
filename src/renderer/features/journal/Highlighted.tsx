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
