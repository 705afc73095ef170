import { useId } from 'react';
import {
  DIARY_ACTIONS,
  DIARY_ACTION_LABELS,
  DIARY_EMOTIONS,
  DIARY_EMOTION_LABELS,
  DIARY_URGES,
  DIARY_URGE_LABELS,
  SKILLS_SCALE_LABELS,
  type DiaryAction,
  type DiaryEmotion,
  type DiaryUrge,
  type TherapyDiaryCard,
} from '../../../../shared/domain/therapy';
import { numberOrUndefined } from '../format';
import { NumberField } from '../../../ui/NumberField';
import { RadioChoice } from '../fields';
import styles from '../therapy.module.css';

/** The fixed rows as the form's text: blank means "left blank", never 0. */
export type FixedDraft = Record<DiaryUrge | DiaryAction | DiaryEmotion | 'misery' | 'skillsRating', string> & {
  medicationAsPrescribed: 'yes' | 'no' | '';
};

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function fixedDraftFrom(card: TherapyDiaryCard | undefined): FixedDraft {
  return {
    suicidalUrge: text(card?.suicidalUrge),
    selfHarmUrge: text(card?.selfHarmUrge),
    substanceUrge: text(card?.substanceUrge),
    selfHarmActions: text(card?.selfHarmActions),
    substanceActions: text(card?.substanceActions),
    misery: text(card?.misery),
    sadness: text(card?.feelings?.sadness),
    shame: text(card?.feelings?.shame),
    anger: text(card?.feelings?.anger),
    fear: text(card?.feelings?.fear),
    joy: text(card?.feelings?.joy),
    skillsRating: text(card?.skillsRating),
    medicationAsPrescribed: card?.medicationAsPrescribed === undefined ? '' : card.medicationAsPrescribed ? 'yes' : 'no',
  };
}

/** The fixed rows of a card to save; a row left blank is left out rather than stored as 0. */
export function fixedRowsOf(d: FixedDraft): Partial<TherapyDiaryCard> {
  const feelings = Object.fromEntries(DIARY_EMOTIONS.map((e) => [e, numberOrUndefined(d[e])]).filter(([, v]) => v !== undefined));
  return {
    suicidalUrge: numberOrUndefined(d.suicidalUrge),
    selfHarmUrge: numberOrUndefined(d.selfHarmUrge),
    substanceUrge: numberOrUndefined(d.substanceUrge),
    selfHarmActions: numberOrUndefined(d.selfHarmActions),
    substanceActions: numberOrUndefined(d.substanceActions),
    misery: numberOrUndefined(d.misery),
    feelings: Object.keys(feelings).length > 0 ? feelings : undefined,
    medicationAsPrescribed: d.medicationAsPrescribed === '' ? undefined : d.medicationAsPrescribed === 'yes',
    skillsRating: numberOrUndefined(d.skillsRating),
  };
}

type Messages = Partial<Record<string, { message?: string } | Partial<Record<DiaryEmotion, { message?: string }>>>>;

/** A fixed row's schema message: the emotions are checked under `feelings`. */
function messageOf(errors: Messages | undefined, key: keyof FixedDraft): string | undefined {
  if ((DIARY_EMOTIONS as readonly string[]).includes(key)) return (errors?.feelings as Partial<Record<string, { message?: string }>> | undefined)?.[key]?.message;
  return (errors?.[key] as { message?: string } | undefined)?.message;
}

function Cell({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return <NumberField className={styles.diaryCell} label={label} value={value} onChange={onChange} errorMessage={error} />;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

interface Props {
  draft: FixedDraft;
  onChange: (next: Partial<FixedDraft>) => void;
  /** The form's schema messages (react-hook-form's errors), read by each row's name. */
  errors?: Messages;
}

/** Linehan's fixed rows, in the card's order; any row can be left blank. Each cell is the kit's number field. */
export function DiaryFixedRows({ draft, onChange, errors }: Props) {
  const skillsHint = useId();
  const cell = (key: keyof FixedDraft & string, label: string) => (
    <Cell key={key} label={label} value={draft[key]} onChange={(v) => onChange({ [key]: v })} error={messageOf(errors, key)} />
  );
  return (
    <>
      <fieldset>
        <legend>Urges today (0–5)</legend>
        <div className={styles.diaryCells}>{DIARY_URGES.map((k) => cell(k, DIARY_URGE_LABELS[k]))}</div>
      </fieldset>
      <fieldset>
        <legend>Actions today (how many times)</legend>
        <div className={styles.diaryCells}>{DIARY_ACTIONS.map((k) => cell(k, `${DIARY_ACTION_LABELS[k]} (times)`))}</div>
      </fieldset>
      <fieldset>
        <legend>Misery and emotions (0–5)</legend>
        <div className={styles.diaryCells}>
          {cell('misery', 'Misery')}
          {DIARY_EMOTIONS.map((e) => cell(e, DIARY_EMOTION_LABELS[e]))}
        </div>
      </fieldset>
      <div className={styles.fieldRow}>
        <RadioChoice
          legend="Medication taken as prescribed"
          value={draft.medicationAsPrescribed}
          options={YES_NO}
          onChange={(medicationAsPrescribed) => onChange({ medicationAsPrescribed })}
        />
        <NumberField
          className={`${styles.field} ${styles.fieldNumber}`}
          label="Skills used (0–7)"
          value={draft.skillsRating}
          onChange={(skillsRating) => onChange({ skillsRating })}
          errorMessage={messageOf(errors, 'skillsRating')}
          aria-describedby={skillsHint}
        />
      </div>
      <details className={styles.skillsScale}>
        <summary>What the skills numbers mean</summary>
        <ol start={0} id={skillsHint}>
          {SKILLS_SCALE_LABELS.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ol>
      </details>
    </>
  );
}
