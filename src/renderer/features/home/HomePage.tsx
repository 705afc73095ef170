import { Fragment } from 'react';
import { Link } from 'react-router';
import { useRecords } from '../../db/useRecords';
import type { TodaySlot } from './today-slot';

/** Today: the journal's count, then each feature's card for the day, in the order the app gives. */
export function HomePage({ slots }: { slots: readonly TodaySlot[] }) {
  const entries = useRecords('journal.entry');
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Today</h1>
      {entries.length === 0 ? (
        <p>
          Your journal is empty. <Link to="/journal">Write your first entry</Link> — it stays encrypted on this
          computer.
        </p>
      ) : (
        <p>
          {entries.length} journal {entries.length === 1 ? 'entry' : 'entries'}. <Link to="/journal">Open the journal</Link>.
        </p>
      )}
      {slots.map((slot) => (
        <Fragment key={slot.id}>{slot.render()}</Fragment>
      ))}
      <p className="muted">Press Ctrl+L (⌘L on a Mac) to lock Cairn at any time.</p>
    </section>
  );
}
