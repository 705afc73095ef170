import { useMemo, useState } from 'react';
import { DBT_MODULE_LABELS, DIARY_EMOTIONS, DIARY_EMOTION_LABELS, type TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { diaryCardNeedsSafetyPath } from '../../../../shared/clinical/safety-signals';
import { useSafetyPath } from '../../../app/safety/useSafetyPath';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine } from '../fields';
import { formatDay, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { usePaged } from '../Paged';
import { DiaryCardEditor } from './DiaryCardEditor';
import { DiaryWeekGrid } from './DiaryWeekGrid';

/** The fixed rows a card has, in a line: "urge to die 0 · urge to self-harm 2 · …"; blank rows are left out. */
function fixedLine(c: TherapyDiaryCard): string {
  const parts = [
    c.suicidalUrge === undefined ? '' : `urge to die ${c.suicidalUrge}/5`,
    c.selfHarmUrge === undefined ? '' : `urge to self-harm ${c.selfHarmUrge}/5`,
    c.substanceUrge === undefined ? '' : `urge to use ${c.substanceUrge}/5`,
    c.selfHarmActions === undefined ? '' : `self-harm ${c.selfHarmActions}×`,
    c.substanceActions === undefined ? '' : `substance use ${c.substanceActions}×`,
    c.misery === undefined ? '' : `misery ${c.misery}/5`,
    ...DIARY_EMOTIONS.map((e) => (c.feelings?.[e] === undefined ? '' : `${DIARY_EMOTION_LABELS[e].toLowerCase()} ${c.feelings[e]}/5`)),
    c.medicationAsPrescribed === undefined ? '' : `medication as prescribed: ${c.medicationAsPrescribed ? 'yes' : 'no'}`,
    c.skillsRating === undefined ? '' : `skills ${c.skillsRating}/7`,
  ];
  return parts.filter(Boolean).join(' · ');
}

export function DiaryCards() {
  const cards = useRecords('therapy.diaryCard');
  const { remove, error } = useRecordActions();
  const [date, setDate] = useState(today());
  const newestFirst = useMemo(() => [...cards].sort((a, b) => b.date.localeCompare(a.date)), [cards]);
  const existing = cards.find((c) => c.date === date);
  const { page, pager } = usePaged(newestFirst, 'Diary cards');
  const safetyPath = useSafetyPath();
  // An urge to die or self-harm of 4+, or a self-harm action, opens the one safety screen (CLINICAL.md, "One safety path").
  const saved = (card: TherapyDiaryCard) => {
    if (diaryCardNeedsSafetyPath(card)) safetyPath.open('diary-card');
  };

  return (
    <>
      <DiaryCardEditor date={date} onDateChange={setDate} existing={existing} template={newestFirst[0]} onSaved={saved} />
      {newestFirst.length > 0 ? <DiaryWeekGrid cards={cards} day={date} onDayChange={setDate} /> : null}
      <h3>Diary cards</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">No diary cards yet. Fill one in each day: urges, emotions and the skills you used.</p>
      ) : (
        <ul className="th-record-list" aria-label="Diary cards">
          {page.map((c) => {
            const label = `Diary card of ${formatDay(c.date)}`;
            return (
              <li key={c.id}>
                <article className="th-record-card" aria-label={label}>
                  <header>
                    <h4>{formatDay(c.date)}</h4>
                  </header>
                  {fixedLine(c) ? <p>{fixedLine(c)}</p> : null}
                  <dl className="th-diary-summary">
                    <dt>Own targets</dt>
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
      {pager}
    </>
  );
}
