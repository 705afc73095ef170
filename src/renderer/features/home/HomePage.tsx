import { Fragment } from 'react';
import { useRecords } from '../../db/useRecords';
import { Link } from '../../ui/Link';
import { PageHeader } from '../../ui/PageHeader';
import styles from './home.module.css';
import type { TodaySlot } from './today-slot';

/** Today, the home screen: each feature's card for the day in the order the app gives, one question per card. */
export function HomePage({ slots }: { slots: readonly TodaySlot[] }) {
  const entries = useRecords('journal.entry');
  return (
    <section aria-labelledby="page-title" className="page">
      <PageHeader
        title="Today"
        description={
          entries.length === 0 ? (
            <>
              Your journal is empty. <Link href="/journal">Write your first entry</Link> — it stays encrypted on this computer.
            </>
          ) : (
            <>
              {entries.length} journal {entries.length === 1 ? 'entry' : 'entries'}. <Link href="/journal">Open the journal</Link>.
            </>
          )
        }
      />
      <div className={styles.cards} data-cards="today">
        {slots.map((slot) => (
          <Fragment key={slot.id}>{slot.render()}</Fragment>
        ))}
      </div>
      <p className="muted">Press Ctrl+L (⌘L on a Mac) to lock Cairn at any time.</p>
    </section>
  );
}
