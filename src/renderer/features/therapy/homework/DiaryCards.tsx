import { useMemo, useState } from 'react';
import { DBT_MODULE_LABELS } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { UndoToast } from '../../../ui/UndoToast';
import { CardActions, ErrorLine } from '../fields';
import { formatDay, today } from '../format';
import { useUndoable } from '../useRecordActions';
import { DiaryCardEditor } from './DiaryCardEditor';

export function DiaryCards() {
  const cards = useRecords('therapy.diaryCard');
  const { remove, offer, closeOffer, error } = useUndoable();
  const [date, setDate] = useState(today());
  const newestFirst = useMemo(() => [...cards].sort((a, b) => b.date.localeCompare(a.date)), [cards]);
  const existing = cards.find((c) => c.date === date);

  return (
    <>
      <DiaryCardEditor date={date} onDateChange={setDate} existing={existing} template={newestFirst[0]} />
      <h3>Diary cards</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">No diary cards yet. Fill one in each day: urges, emotions and the skills you used.</p>
      ) : (
        <ul className="th-record-list" aria-label="Diary cards">
          {newestFirst.map((c) => {
            const label = `Diary card of ${formatDay(c.date)}`;
            return (
              <li key={c.id}>
                <article className="th-record-card" aria-label={label}>
                  <header>
                    <h4>{formatDay(c.date)}</h4>
                  </header>
                  <dl className="th-diary-summary">
                    <dt>Urges</dt>
                    <dd className="th-plain-text">{c.urges.map((u) => `${u.target} ${u.urge}/5${u.acted ? ' (acted on)' : ''}`).join(' · ') || '—'}</dd>
                    <dt>Emotions</dt>
                    <dd className="th-plain-text">{c.emotions.map((e) => `${e.name} ${e.intensity}/5`).join(' · ') || '—'}</dd>
                    <dt>Skills</dt>
                    <dd className="th-plain-text">{c.skills.map((s) => (s.which ? `${DBT_MODULE_LABELS[s.module]} (${s.which})` : DBT_MODULE_LABELS[s.module])).join(' · ') || 'none recorded'}</dd>
                  </dl>
                  {c.note ? <p className="th-plain-text">{c.note}</p> : null}
                  <CardActions label={`${label}`} onEdit={() => setDate(c.date)} editText="Open" onDelete={() => void remove([c.id], 'Diary card deleted.')} />
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
