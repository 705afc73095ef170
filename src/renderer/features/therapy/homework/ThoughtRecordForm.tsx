import { Controller } from 'react-hook-form';
import { THINKING_TRAPS, THINKING_TRAP_LABELS, therapyThoughtRecord, type ThinkingTrap, type TherapyThoughtRecord } from '../../../../shared/domain/therapy';
import { thoughtRecordColumns } from '../../../../shared/therapy/thought-record';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ChipChecklist, DateField, NumberField, TextArea } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import { MoodRows, ThoughtRows, type MoodDraft, type RowErrors, type ThoughtDraft } from './ThoughtRecordRows';
import styles from '../therapy.module.css';

const TRAP_OPTIONS = THINKING_TRAPS.map((value) => ({ value, label: THINKING_TRAP_LABELS[value] }));
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

interface Draft {
  date: string;
  situation: string;
  moods: { name: string; intensity: string; rerated: string }[];
  thoughts: { text: string; belief: string; hot: boolean }[];
  traps: ThinkingTrap[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: string;
}

/** The form's text for a record in either shape; a format-1 record opens as one mood and one thought. */
function draftFrom(r?: TherapyThoughtRecord): Draft {
  const columns = r ? thoughtRecordColumns(r) : undefined;
  return {
    date: r?.date ?? today(),
    situation: r?.situation ?? '',
    moods: columns?.moods.map((m): MoodDraft => ({ name: m.name, intensity: String(m.intensity), rerated: text(m.rerated) })) ?? [{ name: '', intensity: '', rerated: '' }],
    thoughts: columns?.thoughts.map((t): ThoughtDraft => ({ text: t.text, belief: text(t.belief), hot: t.hot })) ?? [{ text: '', belief: '', hot: false }],
    traps: r?.traps ?? ([] as ThinkingTrap[]),
    evidenceFor: r?.evidenceFor ?? '',
    evidenceAgainst: r?.evidenceAgainst ?? '',
    balancedThought: r?.balancedThought ?? '',
    balancedBelief: text(r?.balancedBelief),
  };
}

/** Saved in the seven-column shape only: an edited format-1 record leaves its old single columns behind. */
const toRecord = (draft: Draft, editing?: TherapyThoughtRecord): TherapyThoughtRecord => ({
  kind: 'therapy.thoughtRecord',
  ...recordMeta(editing),
  date: draft.date,
  situation: draft.situation,
  moods: draft.moods.map((m) => ({ name: m.name.trim(), intensity: numberOrUndefined(m.intensity) as number, rerated: numberOrUndefined(m.rerated) })),
  thoughts: draft.thoughts.map((t) => ({ text: t.text, belief: numberOrUndefined(t.belief), hot: t.hot })),
  traps: draft.traps,
  evidenceFor: draft.evidenceFor,
  evidenceAgainst: draft.evidenceAgainst,
  balancedThought: draft.balancedThought,
  balancedBelief: numberOrUndefined(draft.balancedBelief),
});

/** A list's own message ("Name the mood.") as opposed to its rows' messages. */
const listMessage = (e: unknown) => (e as { message?: string } | undefined)?.message ?? (e as { root?: { message?: string } } | undefined)?.root?.message;

interface Props {
  editing?: TherapyThoughtRecord;
  busy: boolean;
  error: string;
  onSave: (record: TherapyThoughtRecord) => Promise<boolean>;
  onCancel: () => void;
}

/** The seven columns of a CBT thought record (Greenberger & Padesky), in the order they are worked through; each message lands on its field. */
export function ThoughtRecordForm({ editing, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyThoughtRecord, (d: Draft) => toRecord(d, editing), { defaultValues: draftFrom(editing), busy, onSave });
  const errors = formState.errors;
  const moodErrors = errors.moods as RowErrors<MoodDraft>;
  const thoughtErrors = errors.thoughts as RowErrors<ThoughtDraft>;
  const title = editing ? 'Edit thought record' : 'New thought record';

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <Controller control={control} name="date" render={({ field, fieldState }) => <DateField label="Date" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      <Controller
        control={control}
        name="situation"
        render={({ field, fieldState }) => (
          <TextArea label="1. Situation" value={field.value} onChange={field.onChange} hint="Where you were, when, who was there." rows={2} error={fieldState.error?.message} />
        )}
      />
      <Controller
        control={control}
        name="moods"
        render={({ field }) => <MoodRows moods={field.value} onChange={field.onChange} column="before" errors={moodErrors} error={listMessage(errors.moods)} />}
      />
      <Controller
        control={control}
        name="thoughts"
        render={({ field }) => <ThoughtRows thoughts={field.value} onChange={field.onChange} errors={thoughtErrors} error={listMessage(errors.thoughts)} />}
      />
      <Controller
        control={control}
        name="traps"
        render={({ field }) => (
          <ChipChecklist legend="Thinking traps (optional)" hint="Pick any that fit the thoughts above, or none." options={TRAP_OPTIONS} selected={field.value} onChange={field.onChange} />
        )}
      />
      <div className={styles.fieldPair}>
        <Controller
          control={control}
          name="evidenceFor"
          render={({ field, fieldState }) => <TextArea label="4. Evidence for the hot thought" value={field.value} onChange={field.onChange} rows={2} error={fieldState.error?.message} />}
        />
        <Controller
          control={control}
          name="evidenceAgainst"
          render={({ field, fieldState }) => <TextArea label="5. Evidence against the hot thought" value={field.value} onChange={field.onChange} rows={2} error={fieldState.error?.message} />}
        />
      </div>
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="balancedThought"
          render={({ field, fieldState }) => <TextArea label="6. Alternative or balanced thought" value={field.value} onChange={field.onChange} rows={2} error={fieldState.error?.message} />}
        />
        <Controller
          control={control}
          name="balancedBelief"
          render={({ field, fieldState }) => <NumberField label="Belief in it (0–100 %)" min={0} max={100} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      </div>
      {/* Column 7 edits the same moods as column 2: one value, drawn twice. */}
      <Controller control={control} name="moods" render={({ field }) => <MoodRows moods={field.value} onChange={field.onChange} column="rerated" errors={moodErrors} />} />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Save thought record" onCancel={onCancel} />
    </PrivateForm>
  );
}
