import { PrivateForm } from '../../ui/PrivateForm';
import { useState, type FormEvent } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import { useVault } from '../vault/vault-context';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A new journal entry. Rich editing, tags and drafts come with the journal issue. */
export function EntryForm() {
  const { repository } = useVault();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = new Date();
    const entry: JournalEntry = {
      kind: 'journal.entry',
      id: crypto.randomUUID(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      date: localDay(now),
      time: localTime(now),
      title: title.trim(),
      body,
      tags: [],
      shareWithProvider: false,
    };
    setBusy(true);
    try {
      await repository.save([entry]);
      setTitle('');
      setBody('');
      setError('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PrivateForm className="entry-form" onSubmit={submit} aria-labelledby="new-entry">
      <h2 id="new-entry">New entry</h2>
      <label htmlFor="entry-title">Title (optional)</label>
      <input id="entry-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      <label htmlFor="entry-body">Entry</label>
      <textarea id="entry-body" rows={6} value={body} onChange={(e) => setBody(e.target.value)} />
      <p role="alert" className="error">
        {error}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        Save entry
      </button>
    </PrivateForm>
  );
}
