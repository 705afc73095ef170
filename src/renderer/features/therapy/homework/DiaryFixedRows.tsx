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
import { RadioChoice } from '../fields';

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

function Cell({ label, value, onChange, min, max }: { label: string; value: string; onChange: (v: string) => void; min: number; max: number }) {
  const id = useId();
  return (
    <div className="th-diary-cell">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Linehan's fixed rows, in the card's order; any row can be left blank. */
export function DiaryFixedRows({ draft, onChange }: { draft: FixedDraft; onChange: (next: Partial<FixedDraft>) => void }) {
  const skillsHint = useId();
  return (
    <>
      <fieldset>
        <legend>Urges today (0–5)</legend>
        <div className="th-diary-cells">
          {DIARY_URGES.map((k) => (
            <Cell key={k} label={DIARY_URGE_LABELS[k]} min={0} max={5} value={draft[k]} onChange={(v) => onChange({ [k]: v })} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Actions today (how many times)</legend>
        <div className="th-diary-cells">
          {DIARY_ACTIONS.map((k) => (
            <Cell key={k} label={`${DIARY_ACTION_LABELS[k]} (times)`} min={0} max={999} value={draft[k]} onChange={(v) => onChange({ [k]: v })} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Misery and emotions (0–5)</legend>
        <div className="th-diary-cells">
          <Cell label="Misery" min={0} max={5} value={draft.misery} onChange={(misery) => onChange({ misery })} />
          {DIARY_EMOTIONS.map((e) => (
            <Cell key={e} label={DIARY_EMOTION_LABELS[e]} min={0} max={5} value={draft[e]} onChange={(v) => onChange({ [e]: v })} />
          ))}
        </div>
      </fieldset>
      <div className="th-field-row">
        <RadioChoice
          legend="Medication taken as prescribed"
          value={draft.medicationAsPrescribed}
          options={YES_NO}
          onChange={(medicationAsPrescribed) => onChange({ medicationAsPrescribed })}
        />
        <div className="th-field th-field-number">
          <label htmlFor={`${skillsHint}-input`}>Skills used (0–7)</label>
          <input
            id={`${skillsHint}-input`}
            type="number"
            inputMode="numeric"
            min={0}
            max={7}
            step={1}
            value={draft.skillsRating}
            onChange={(e) => onChange({ skillsRating: e.target.value })}
            aria-describedby={skillsHint}
          />
        </div>
      </div>
      <details className="th-skills-scale">
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
