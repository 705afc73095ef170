import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { MODALITY_LABELS, type Modality } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { formatDay } from '../format';
import { usePaged } from '../Paged';
import { useProviderLabel } from '../providers/ProviderSelect';
import { useRecordActions } from '../../../db/useRecordActions';
import { SessionForm } from './SessionForm';

/** Where the homework of a modality is logged, when Cairn has a form for it. */
const HOMEWORK_FORM: Partial<Record<Modality, { form: string; label: string }>> = {
  cbt: { form: 'thought', label: 'thought records' },
  dbt: { form: 'diary', label: 'diary card' },
  erp: { form: 'exposure', label: 'exposure ladder' },
  emdr: { form: 'emdr', label: 'TICES log' },
};

export function SessionsPanel() {
  const sessions = useRecords('therapy.session');
  const providerLabel = useProviderLabel();
  const { remove, error } = useRecordActions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const newestFirst = useMemo(() => [...sessions].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [sessions]);
  const { page, pager } = usePaged(newestFirst, 'Sessions', (s) => s.id);
  const editing = sessions.find((s) => s.id === editingId);
  const attended = sessions.filter((s) => s.attended).length;

  return (
    <>
      {editing ? (
        <SessionForm key={editing.id} editing={editing} onDone={() => setEditingId(null)} />
      ) : (
        <SessionForm lastModality={newestFirst[0]?.modality} />
      )}
      <h3>Sessions</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">No sessions yet. Log one after each visit to keep its takeaways and homework in one place.</p>
      ) : (
        <>
          <p className="muted">
            {attended} attended of {sessions.length} logged.
          </p>
          <ul className="th-record-list" aria-label="Sessions">
            {page.map((s) => {
              const label = `Session of ${formatDay(s.date)}`;
              const homeworkForm = HOMEWORK_FORM[s.modality];
              return (
                <li key={s.id}>
                  <article className="th-record-card" aria-label={label} data-record-id={s.id}>
                    <header>
                      <h4>{formatDay(s.date)}</h4>
                      <span className="muted">
                        {MODALITY_LABELS[s.modality]}
                        {s.providerId ? ` · ${providerLabel(s.providerId)}` : ''} · {s.attended ? 'Attended' : 'Not attended'}
                      </span>
                    </header>
                    {s.takeaways ? <Labelled term="Key takeaways" text={s.takeaways} /> : null}
                    {s.homework ? (
                      <div className="th-homework">
                        <Labelled term="Homework agreed" text={s.homework} />
                        {homeworkForm ? (
                          <Link to={`/therapy?tab=homework&form=${homeworkForm.form}`}>Open {homeworkForm.label}</Link>
                        ) : null}
                      </div>
                    ) : null}
                    {s.notes ? (
                      <details>
                        <summary>Private notes</summary>
                        <p className="th-plain-text">{s.notes}</p>
                      </details>
                    ) : null}
                    <CardActions label={`${label}`} onEdit={() => setEditingId(s.id)} onDelete={() => void remove([s.id], 'Session deleted.')} />
                  </article>
                </li>
              );
            })}
          </ul>
          {pager}
        </>
      )}
    </>
  );
}
