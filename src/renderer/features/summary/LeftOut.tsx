import { plural } from './format';

/** A section whose every item the person left out: say so, never "none recorded" (CLINICAL.md). */
export function LeftOutSection({ id, title, count }: { id: string; title: string; count: number }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>Left out by you ({plural(count, 'item')}).</p>
    </section>
  );
}

/** Under a section that still has items: how many the person left out. Nothing when none. */
export function LeftOutNote({ count }: { count: number }) {
  if (count === 0) return null;
  return <p className="summary-sub-line">Also left out by you: {plural(count, 'item')}.</p>;
}
