import { useState, type FormEvent } from 'react';
import { DBT_MODULES, DBT_MODULE_LABELS, diaryCardId, type DbtModule, type TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { CheckboxField, DateField, ErrorLine, TextArea, TextField } from '../fields';
import { formatDay, numberOrUndefined, recordMeta } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { DiaryFixedRows, fixedDraftFrom, fixedRowsOf } from './DiaryFixedRows';
import { Button } from '../../../ui/Button';

type Draft = ReturnType<typeof draftFrom>;

/** A day's card, or a fresh one that keeps the names (not the ratings) of the latest card's targets and emotions. */
function draftFrom(card: TherapyDiaryCard | undefined, template: TherapyDiaryCard | undefined) {
  const skills = Object.fromEntries(
    DBT_MODULES.map((m) => {
      const used = card?.skills.find((s) => s.module === m);
      return [m, { used: Boolean(used), which: used?.which ?? '' }];
    }),
  ) as Record<DbtModule, { used: boolean; which: string }>;
  return {
    urges: card
      ? card.urges.map((u) => ({ target: u.target, urge: String(u.urge), acted: u.acted }))
      : (template?.urges ?? []).map((u) => ({ target: u.target, urge: '', acted: false })),
    emotions: card
      ? card.emotions.map((e) => ({ name: e.name, intensity: String(e.intensity) }))
      : (template?.emotions ?? []).map((e) => ({ name: e.name, intensity: '' })),
    skills,
    fixed: fixedDraftFrom(card),
    note: card?.note ?? '',
  };
}

interface Props {
  date: string;
  onDateChange: (date: string) => void;
  existing: TherapyDiaryCard | undefined;
  template: TherapyDiaryCard | undefined;
  /** Told about every card saved, so the page can offer the safety path when the card calls for it. */
  onSaved?: (card: TherapyDiaryCard) => void;
}

export function DiaryCardEditor({ date, onDateChange, existing, template, onSaved }: Props) {
  const { save, error, setError, busy } = useRecordActions();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(existing, template));
  // Switching day shows that day's card (or a fresh one): reset while rendering, as React advises for derived state.
  const [shownDate, setShownDate] = useState(date);
  if (shownDate !== date) {
    setShownDate(date);
    setDraft(draftFrom(existing, template));
    setError('');
  }
  const patch = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));
  const setUrge = (i: number, next: Partial<Draft['urges'][number]>) => patch({ urges: draft.urges.map((u, j) => (j === i ? { ...u, ...next } : u)) });
  const setEmotion = (i: number, next: Partial<Draft['emotions'][number]>) =>
    patch({ emotions: draft.emotions.map((e, j) => (j === i ? { ...e, ...next } : e)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const card: TherapyDiaryCard = {
      kind: 'therapy.diaryCard',
      ...recordMeta(existing),
      id: diaryCardId(date),
      date,
      ...fixedRowsOf(draft.fixed),
      urges: draft.urges.map((u) => ({ target: u.target.trim(), urge: numberOrUndefined(u.urge) as number, acted: u.acted })),
      emotions: draft.emotions.map((e) => ({ name: e.name.trim(), intensity: numberOrUndefined(e.intensity) as number })),
      skills: DBT_MODULES.filter((m) => draft.skills[m].used).map((m) => ({ module: m, which: draft.skills[m].which })),
      note: draft.note,
    };
    if (await save([card])) onSaved?.(card);
  };

  const title = existing ? `Diary card for ${formatDay(date)}` : 'New diary card';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="Diary card">
      <h3>{title}</h3>
      <DateField label="Day" value={date} onChange={onDateChange} hint="One card per day; choosing a day with a card opens it." />

      <DiaryFixedRows draft={draft.fixed} onChange={(next) => patch({ fixed: { ...draft.fixed, ...next } })} />

      <fieldset>
        <legend>Your own targets: urge (0–5) and whether you acted on it</legend>
        {draft.urges.length === 0 ? <p className="muted">Add the behaviours you and your therapist track.</p> : null}
        {draft.urges.map((u, i) => (
          <div className="th-row-inputs" key={i}>
            <input aria-label={`Target behaviour ${i + 1}`} value={u.target} onChange={(e) => setUrge(i, { target: e.target.value })} />
            <input aria-label={`Urge for ${u.target || `target ${i + 1}`} (0–5)`} type="number" min={0} max={5} value={u.urge} onChange={(e) => setUrge(i, { urge: e.target.value })} />
            <CheckboxField label="Acted on it" checked={u.acted} onChange={(acted) => setUrge(i, { acted })} />
            <Button variant="quiet" onPress={() => patch({ urges: draft.urges.filter((_, j) => j !== i) })} aria-label={`Remove ${u.target || `target ${i + 1}`}`}>
              Remove
            </Button>
          </div>
        ))}
        <Button onPress={() => patch({ urges: [...draft.urges, { target: '', urge: '', acted: false }] })}>
          Add target behaviour
        </Button>
      </fieldset>

      <fieldset>
        <legend>Other emotions (0–5)</legend>
        {draft.emotions.map((e, i) => (
          <div className="th-row-inputs th-emotion-row" key={i}>
            <input aria-label={`Emotion ${i + 1}`} value={e.name} onChange={(ev) => setEmotion(i, { name: ev.target.value })} />
            <input aria-label={`Intensity of ${e.name || `emotion ${i + 1}`} (0–5)`} type="number" min={0} max={5} value={e.intensity} onChange={(ev) => setEmotion(i, { intensity: ev.target.value })} />
            <Button variant="quiet" onPress={() => patch({ emotions: draft.emotions.filter((_, j) => j !== i) })} aria-label={`Remove ${e.name || `emotion ${i + 1}`}`}>
              Remove
            </Button>
          </div>
        ))}
        <Button onPress={() => patch({ emotions: [...draft.emotions, { name: '', intensity: '' }] })}>
          Add emotion
        </Button>
      </fieldset>

      <fieldset>
        <legend>Which skills (optional)</legend>
        {DBT_MODULES.map((m) => (
          <div key={m} className="th-skill-row">
            <CheckboxField label={DBT_MODULE_LABELS[m]} checked={draft.skills[m].used} onChange={(used) => patch({ skills: { ...draft.skills, [m]: { ...draft.skills[m], used } } })} />
            {draft.skills[m].used ? (
              <TextField label={`Which ${DBT_MODULE_LABELS[m].toLowerCase()} skills (optional)`} value={draft.skills[m].which} onChange={(which) => patch({ skills: { ...draft.skills, [m]: { ...draft.skills[m], which } } })} />
            ) : null}
          </div>
        ))}
      </fieldset>

      <TextArea label="Note (optional)" value={draft.note} onChange={(note) => patch({ note })} rows={2} />
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Save diary card
      </Button>
    </PrivateForm>
  );
}
