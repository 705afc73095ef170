import { useMemo, useState } from 'react';
import { THINKING_TRAP_LABELS, type TherapyThoughtRecord } from '../../../../shared/domain/therapy';
import { moodChanges, thoughtRecordColumns } from '../../../../shared/therapy/thought-record';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { formatDay, formatSigned } from '../format';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { ThoughtRecordForm } from './ThoughtRecordForm';

const percent = (n: number | undefined) => (n === undefined ? '' : ` (${n} %)`);

function ThoughtRecordCard({ r, onEdit, onDelete }: { r: TherapyThoughtRecord; onEdit: () => void; onDelete: () => void }) {
  const columns = thoughtRecordColumns(r);
  const moods = moodChanges(columns);
  const title = columns.moods.map((m) => m.name).join(', ');
  const label = `Thought record of ${formatDay(r.date)}: ${title}`;
  return (
    <article className="th-record-card" aria-label={label} data-record-id={r.id}>
      <header>
        <h4 className="th-plain-text">{title}</h4>
        <span className="muted">{formatDay(r.date)}</span>
      </header>
      <ul className="th-mood-changes" aria-label="Moods">
        {moods.map((m, i) => (
          <li key={i} className="th-plain-text">
            {m.name} {m.before} %{m.change === null ? ', not re-rated yet' : ` → ${m.after} % (change ${formatSigned(m.change)})`}
          </li>
        ))}
      </ul>
      <Labelled term="Situation" text={r.situation} />
      <div className="th-labelled">
        <strong>Automatic thoughts</strong>
        <ul className="th-thoughts">
          {columns.thoughts.map((t, i) => (
            <li key={i} className="th-plain-text">
              {t.hot ? <span className="th-hot">Hot thought: </span> : null}
              {t.text}
              {percent(t.belief)}
            </li>
          ))}
        </ul>
      </div>
      {r.traps?.length ? <Labelled term="Thinking traps you picked" text={r.traps.map((t) => THINKING_TRAP_LABELS[t]).join(', ')} /> : null}
      {r.evidenceFor ? <Labelled term="Evidence for" text={r.evidenceFor} /> : null}
      {r.evidenceAgainst ? <Labelled term="Evidence against" text={r.evidenceAgainst} /> : null}
      {r.balancedThought ? <Labelled term="Balanced thought" text={`${r.balancedThought}${percent(r.balancedBelief)}`} /> : null}
      <CardActions label={label} onEdit={onEdit} onDelete={onDelete} />
    </article>
  );
}

export function ThoughtRecords() {
  const records = useRecords('therapy.thoughtRecord');
  const { remove, error } = useRecordActions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const newestFirst = useMemo(() => [...records].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [records]);
  const { page, pager } = usePaged(newestFirst, 'Thought records', (r) => r.id);
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
          {page.map((r) => (
            <li key={r.id}>
              <ThoughtRecordCard r={r} onEdit={() => setEditingId(r.id)} onDelete={() => void remove([r.id], 'Thought record deleted.')} />
            </li>
          ))}
        </ul>
      )}
      {pager}
    </>
  );
}
