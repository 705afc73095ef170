import { plural } from './format';
import styles from './summary.module.css';

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
  return <p className={styles.subLine}>Also left out by you: {plural(count, 'item')}.</p>;
}
