import { useMemo, useState } from 'react';
import { intensityChange } from '../../../../shared/therapy/thought-record';
import { useRecords } from '../../../db/useRecords';
import { UndoToast } from '../../../ui/UndoToast';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { formatDay, formatSigned } from '../format';
import { useUndoable } from '../useRecordActions';
import { ThoughtRecordForm } from './ThoughtRecordForm';

export function ThoughtRecords() {
  const records = useRecords('therapy.thoughtRecord');
  const { remove, offer, closeOffer, error } = useUndoable();
  const [editingId, setEditingId] = useState<string | null>(null);
  const newestFirst = useMemo(() => [...records].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [records]);
  const editing = records.find((r) => r.id === editingId);

  return (
    <>
      {editing ? <ThoughtRecordForm key={editing.id} editing={editing} onDone={() => setEditingId(null)} /> : <ThoughtRecordForm />}
      <h3>Thought records</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">No thought records yet. Fill one in when a strong feeling shows up; the balanced thought can wait until later.</p>
      ) : (
        <ul className="th-record-list" aria-label="Thought records">
          {newestFirst.map((r) => {
            const change = intensityChange(r);
            const label = `Thought record of ${formatDay(r.date)}: ${r.emotion}`;
            return (
              <li key={r.id}>
                <article className="th-record-card" aria-label={label}>
                  <header>
                    <h4>{r.emotion}</h4>
                    <span className="muted">{formatDay(r.date)}</span>
                  </header>
                  <p className="th-intensity">
                    Intensity {r.intensityBefore}
                    {change === null ? ' before; after not yet rated' : ` → ${r.intensityAfter} (change ${formatSigned(change)})`}
                  </p>
                  <Labelled term="Situation" text={r.situation} />
                  <Labelled term="Automatic thought" text={r.automaticThought} />
                  {r.evidenceFor ? <Labelled term="Evidence for" text={r.evidenceFor} /> : null}
                  {r.evidenceAgainst ? <Labelled term="Evidence against" text={r.evidenceAgainst} /> : null}
                  {r.balancedThought ? <Labelled term="Balanced thought" text={r.balancedThought} /> : null}
                  <CardActions label={`${label}`} onEdit={() => setEditingId(r.id)} onDelete={() => void remove([r.id], 'Thought record deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </>
  );
}
