import { useEffect } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { DBT_MODULES, DBT_MODULE_LABELS, therapyDiaryCard, type TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { FormMessage } from '../../../ui/FormMessage';
import { NumberField } from '../../../ui/NumberField';
import { PrivateForm } from '../../../ui/PrivateForm';
import { TextField as KitTextField } from '../../../ui/TextField';
import { DateField, TextArea, TextField } from '../fields';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import { diaryDraftFrom, toDiaryCard, type DiaryDraft } from './diary-draft';
import { DiaryFixedRows } from './DiaryFixedRows';
import type { FixedDraft } from './DiaryFixedRows';
import styles from '../therapy.module.css';

type RowMessages = readonly (Record<string, { message?: string } | undefined> | undefined)[] | undefined;

interface Props {
  date: string;
  onDateChange: (date: string) => void;
  existing: TherapyDiaryCard | undefined;
  template: TherapyDiaryCard | undefined;
  busy: boolean;
  error: string;
  onSave: (card: TherapyDiaryCard) => Promise<boolean>;
  onCancel: () => void;
}

/** One day's diary card: Linehan's fixed rows, the person's own targets and emotions, skills and a note; messages on their fields. */
export function DiaryCardEditor({ date, onDateChange, existing, template, busy, error, onSave, onCancel }: Props) {
  const { control, formState, setValue, getValues, reset, submit } = useRecordForm(therapyDiaryCard, (d: DiaryDraft) => toDiaryCard(d, date, existing), { defaultValues: diaryDraftFrom(existing, template), busy, onSave });
  // Choosing another day shows that day's card, or a fresh one from the latest card's names.
  const existingId = existing?.id;
  useEffect(() => {
    reset(diaryDraftFrom(existing, template));
    // Only a change of day (or of which card it is) refills the form, not every save of the template.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [date, existingId]);
  const draft = useWatch({ control }) as DiaryDraft;
  const errors = formState.errors as unknown as Record<string, unknown>;
  const urgeErrors = errors.urges as RowMessages;
  const emotionErrors = errors.emotions as RowMessages;
  const set = <K extends keyof DiaryDraft>(key: K, value: DiaryDraft[K]) => setValue(key as never, value as never, { shouldDirty: true });
  const changeFixed = (next: Partial<FixedDraft>) => {
    for (const [k, v] of Object.entries(next)) set(k as keyof FixedDraft, v as never);
  };

  const urges = draft.urges ?? [];
  const emotions = draft.emotions ?? [];

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label="Diary card">
      <DateField label="Day" value={date} onChange={onDateChange} hint="One card per day; choosing a day with a card opens it." />
      <DiaryFixedRows draft={draft} onChange={changeFixed} errors={errors as never} />

      <fieldset>
        <legend>Your own targets: urge (0–5) and whether you acted on it</legend>
        {urges.length === 0 ? <p className="muted">Add the behaviours you and your therapist track.</p> : null}
        {urges.map((u, i) => {
          const name = u.target || `target ${i + 1}`;
          const change = (next: Partial<DiaryDraft['urges'][number]>) => set('urges', getValues('urges').map((x, j) => (j === i ? { ...x, ...next } : x)));
          return (
            <div className={styles.rowInputs} key={i}>
              <KitTextField aria-label={`Target behaviour ${i + 1}`} value={u.target} onChange={(target) => change({ target })} errorMessage={urgeErrors?.[i]?.target?.message} />
              <NumberField aria-label={`Urge for ${name} (0–5)`} value={u.urge} onChange={(urge) => change({ urge })} errorMessage={urgeErrors?.[i]?.urge?.message} />
              <Checkbox isSelected={u.acted} onChange={(acted) => change({ acted })} aria-label={`Acted on ${name}`}>
                Acted on it
              </Checkbox>
              <Button variant="quiet" onPress={() => set('urges', getValues('urges').filter((_, j) => j !== i))} aria-label={`Remove ${name}`}>
                Remove
              </Button>
            </div>
          );
        })}
        <Button onPress={() => set('urges', [...getValues('urges'), { target: '', urge: '', acted: false }])}>Add target behaviour</Button>
      </fieldset>

      <fieldset>
        <legend>Other emotions (0–5)</legend>
        {emotions.map((e, i) => {
          const name = e.name || `emotion ${i + 1}`;
          const change = (next: Partial<DiaryDraft['emotions'][number]>) => set('emotions', getValues('emotions').map((x, j) => (j === i ? { ...x, ...next } : x)));
          return (
            <div className={`${styles.rowInputs} ${styles.emotionRow}`} key={i}>
              <KitTextField aria-label={`Emotion ${i + 1}`} value={e.name} onChange={(n) => change({ name: n })} errorMessage={emotionErrors?.[i]?.name?.message} />
              <NumberField aria-label={`Intensity of ${name} (0–5)`} value={e.intensity} onChange={(intensity) => change({ intensity })} errorMessage={emotionErrors?.[i]?.intensity?.message} />
              <Button variant="quiet" onPress={() => set('emotions', getValues('emotions').filter((_, j) => j !== i))} aria-label={`Remove ${name}`}>
                Remove
              </Button>
            </div>
          );
        })}
        <Button onPress={() => set('emotions', [...getValues('emotions'), { name: '', intensity: '' }])}>Add emotion</Button>
      </fieldset>

      <fieldset>
        <legend>Which skills (optional)</legend>
        {DBT_MODULES.map((m) => {
          const skill = draft.skills?.[m] ?? { used: false, which: '' };
          const change = (next: Partial<typeof skill>) => set('skills', { ...getValues('skills'), [m]: { ...getValues('skills')[m], ...next } });
          return (
            <div key={m} className={styles.skillRow}>
              <Checkbox isSelected={skill.used} onChange={(used) => change({ used })}>
                {DBT_MODULE_LABELS[m]}
              </Checkbox>
              {skill.used ? <TextField label={`Which ${DBT_MODULE_LABELS[m].toLowerCase()} skills (optional)`} value={skill.which} onChange={(which) => change({ which })} /> : null}
            </div>
          );
        })}
      </fieldset>

      <Controller control={control} name="note" render={({ field, fieldState }) => <TextArea label="Note (optional)" value={field.value} onChange={field.onChange} rows={2} error={fieldState.error?.message} />} />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(existing)} dirty={formState.isDirty} addLabel="Save diary card" onCancel={onCancel} />
    </PrivateForm>
  );
}
