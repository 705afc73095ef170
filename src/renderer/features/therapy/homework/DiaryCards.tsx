import { useMemo, useState } from 'react';
import { CalendarDays } from 'lucide-react';
import { DBT_MODULE_LABELS, DIARY_EMOTIONS, DIARY_EMOTION_LABELS, type TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { diaryCardNeedsSafetyPath } from '../../../../shared/clinical/safety-signals';
import { useSafetyPath } from '../../../app/safety/useSafetyPath';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine } from '../fields';
import { formatDay, today } from '../format';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ListHeading, RecordPanel, usePanelList } from '../RecordPanel';
import { usePaged } from '../Paged';
import { DiaryCardEditor } from './DiaryCardEditor';
import { DiaryWeekGrid } from './DiaryWeekGrid';
import styles from '../therapy.module.css';

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

/**
 * One day's card in a panel over the list. Its Day field can move to another
 * day (opening that day's card if there is one); a new card closes the panel
 * once saved (RecordPanel), and a card that calls for it opens the safety path.
 */
function DiaryCardDialog({ cards, startDate, template, onClose }: { cards: readonly TherapyDiaryCard[]; startDate: string; template?: TherapyDiaryCard; onClose: () => void }) {
  const [date, setDate] = useState(startDate);
  const existing = cards.find((c) => c.date === date);
  const safetyPath = useSafetyPath();
  return (
    <RecordPanel<TherapyDiaryCard> title={existing ? `Diary card for ${formatDay(date)}` : 'New diary card'} isNew={!existing} onClose={onClose}>
      {({ onSave, busy, error }) => (
        <DiaryCardEditor
          date={date}
          onDateChange={setDate}
          existing={existing}
          template={template}
          busy={busy}
          error={error}
          onCancel={onClose}
          onSave={async (card) => {
            const saved = await onSave(card);
            // An urge to die or self-harm of 4+, or a self-harm action, opens the one safety screen (CLINICAL.md, "One safety path").
            if (saved && diaryCardNeedsSafetyPath(card)) safetyPath.open('diary-card');
            return saved;
          }}
        />
      )}
    </RecordPanel>
  );
}

/** The week at a glance, then the cards as a list that pages, newest first; a day's card opens in a panel. */
export function DiaryCards() {
  const cards = useRecords('therapy.diaryCard');
  const panel = usePanelList(cards);
  const [weekOf, setWeekOf] = useState(today());
  const newestFirst = useMemo(() => [...cards].sort((a, b) => b.date.localeCompare(a.date)), [cards]);
  const { page, pager } = usePaged(newestFirst, 'Diary cards', (c) => c.id);
  // "New diary card" starts on today, or on today's card if there is one already.
  const todays = cards.find((c) => c.date === today());

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Diary cards</ListHeading>
        <Button variant="primary" onPress={() => (todays ? panel.openRecord(todays.id) : panel.openNew())}>
          {todays ? 'Open today’s card' : 'New diary card'}
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {newestFirst.length === 0 ? (
        <EmptyState icon={<CalendarDays size={28} />} title="No diary cards yet.">
          Fill one in each day: urges, emotions and the skills you used.
        </EmptyState>
      ) : (
        <>
          <DiaryWeekGrid cards={cards} day={weekOf} onDayChange={setWeekOf} />
          <ul className={styles.recordList} aria-label="Diary cards">
            {page.map((c) => {
              const label = `Diary card of ${formatDay(c.date)}`;
              return (
                <li key={c.id}>
                  <article className={styles.recordCard} aria-label={label} data-record-id={c.id}>
                    <header>
                      <h4>{formatDay(c.date)}</h4>
                    </header>
                    {fixedLine(c) ? <p>{fixedLine(c)}</p> : null}
                    <dl className={styles.diarySummary}>
                      <dt>Own targets</dt>
                      <dd className={styles.plainText}>{c.urges.map((u) => `${u.target} ${u.urge}/5${u.acted ? ' (acted on)' : ''}`).join(' · ') || '—'}</dd>
                      <dt>Emotions</dt>
                      <dd className={styles.plainText}>{c.emotions.map((e) => `${e.name} ${e.intensity}/5`).join(' · ') || '—'}</dd>
                      <dt>Skills</dt>
                      <dd className={styles.plainText}>{c.skills.map((s) => (s.which ? `${DBT_MODULE_LABELS[s.module]} (${s.which})` : DBT_MODULE_LABELS[s.module])).join(' · ') || 'none recorded'}</dd>
                    </dl>
                    {c.note ? <p className={styles.plainText}>{c.note}</p> : null}
                    <CardActions label={label} onEdit={() => panel.openRecord(c.id)} editText="Open" onDelete={() => panel.remove(c.id, 'Diary card deleted.')} />
                  </article>
                </li>
              );
            })}
          </ul>
          {pager}
        </>
      )}
      {panel.isNew ? <DiaryCardDialog cards={cards} startDate={today()} template={newestFirst[0]} onClose={panel.close} /> : null}
      {panel.opened ? <DiaryCardDialog key={panel.opened.id} cards={cards} startDate={panel.opened.date} template={newestFirst[0]} onClose={panel.close} /> : null}
    </>
  );
}
