import { useMemo, useState } from 'react';
import { PROVIDER_ROLE_LABELS } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { ProviderForm } from './ProviderForm';

export function ProvidersPanel() {
  const providers = useRecords('therapy.provider');
  const { remove, error } = useRecordActions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const sorted = useMemo(() => [...providers].sort((a, b) => a.name.localeCompare(b.name)), [providers]);
  const { page, pager } = usePaged(sorted, 'Providers');
  const editing = providers.find((p) => p.id === editingId);

  return (
    <>
      {editing ? <ProviderForm key={editing.id} editing={editing} onDone={() => setEditingId(null)} /> : <ProviderForm />}
      <h3>Your providers</h3>
      <ErrorLine error={error} />
      {sorted.length === 0 ? (
        <p className="muted">No providers yet. Add the people you see, then choose them when you log a session or an appointment.</p>
      ) : (
        <ul className="th-record-list" aria-label="Providers">
          {page.map((p) => (
            <li key={p.id}>
              <article className="th-record-card" aria-label={p.name}>
                <header>
                  <h4>{p.name}</h4>
                  <span className="muted">{PROVIDER_ROLE_LABELS[p.role]}</span>
                </header>
                {p.contactNotes ? <p className="th-plain-text">{p.contactNotes}</p> : null}
                <CardActions label={`${p.name}`} onEdit={() => setEditingId(p.id)} onDelete={() => void remove([p.id], `${p.name} deleted.`)} />
              </article>
            </li>
          ))}
        </ul>
      )}
      {pager}
    </>
  );
}
