import { useCallback, useMemo, useState } from 'react';
import { useRecords } from '../../db/useRecords';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../vault/vault-context';
import { EntryForm } from './EntryForm';

export function JournalPage() {
  const { repository } = useVault();
  const entries = useRecords('journal.entry');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [error, setError] = useState('');
  const closeOffer = useCallback(() => setOffer(null), []);

  const newestFirst = useMemo(
    () => [...entries].sort((a, b) => `${b.date}T${b.time}`.localeCompare(`${a.date}T${a.time}`)),
    [entries],
  );

  const remove = async (id: string) => {
    try {
      const removed = await repository.remove([id]);
      setOffer({
        message: 'Entry deleted.',
        undo: () => void repository.save(removed).catch((e: Error) => setError(e.message)),
      });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Journal</h1>
      <EntryForm />
      <p role="alert" className="error">
        {error}
      </p>
      <h2>Entries</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">No entries yet. What you write stays encrypted on this computer.</p>
      ) : (
        <ul className="entries" aria-label="Journal entries">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="entry">
              <article aria-label={entry.title || `Entry of ${entry.date}`}>
                <header>
                  <h3>{entry.title || 'Untitled'}</h3>
                  <time dateTime={`${entry.date}T${entry.time}`}>
                    {entry.date} {entry.time}
                  </time>
                </header>
                {/* Plain text: markup in an entry is shown as typed, never run. */}
                <p className="entry-body">{entry.body}</p>
                <button type="button" onClick={() => void remove(entry.id)} aria-label={`Delete ${entry.title || 'entry'}`}>
                  Delete
                </button>
              </article>
            </li>
          ))}
        </ul>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
