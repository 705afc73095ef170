import { Radio, RadioGroup } from 'react-aria-components';
import { Button } from '../../../ui/Button';
import { FormMessage } from '../../../ui/FormMessage';
import { NumberField } from '../../../ui/NumberField';
import { TextField } from '../../../ui/TextField';
import styles from '../therapy.module.css';

export interface MoodDraft {
  name: string;
  intensity: string;
  rerated: string;
}
export interface ThoughtDraft {
  text: string;
  belief: string;
  hot: boolean;
}

/** A row's schema messages by field ("moods.1.intensity" lands on row 2's intensity). */
export type RowErrors<T> = readonly (Partial<Record<keyof T, { message?: string }>> | undefined)[] | undefined;

const replaceAt = <T,>(items: readonly T[], i: number, next: Partial<T>) => items.map((x, j) => (j === i ? { ...x, ...next } : x));
const without = <T,>(items: readonly T[], i: number) => items.filter((_, j) => j !== i);

interface MoodProps {
  moods: MoodDraft[];
  onChange: (moods: MoodDraft[]) => void;
  column: 'before' | 'rerated';
  errors?: RowErrors<MoodDraft>;
  /** A message about the moods as a whole ("Name the mood."). */
  error?: string;
}

/**
 * Column 2 (moods and how intense, 0–100 %) or column 7 (the same moods
 * re-rated). Both edit the same list, so a mood named in column 2 is the one
 * re-rated in column 7. Each cell is a kit field named by its row.
 */
export function MoodRows({ moods, onChange, column, errors, error }: MoodProps) {
  const name = (m: MoodDraft, i: number) => m.name.trim() || `mood ${i + 1}`;
  if (column === 'rerated') {
    return (
      <fieldset>
        <legend>7. Moods re-rated now (0–100 %)</legend>
        <p className="muted">Can be left blank and filled in later.</p>
        <div className={styles.rowInputsWrap}>
          {moods.map((m, i) => (
            <div key={i} className={styles.inlineNumber}>
              <span className={styles.moodName} aria-hidden="true">
                {name(m, i)}
              </span>
              <NumberField
                aria-label={`${name(m, i)} re-rated (0–100 %)`}
                value={m.rerated}
                onChange={(v) => onChange(replaceAt(moods, i, { rerated: v }))}
                errorMessage={errors?.[i]?.rerated?.message}
              />
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend>2. Moods and how intense (0–100 %)</legend>
      {moods.map((m, i) => (
        <div className={`${styles.rowInputs} ${styles.emotionRow}`} key={i}>
          <TextField
            aria-label={`Mood ${i + 1}`}
            placeholder="Mood, e.g. anxious"
            value={m.name}
            onChange={(v) => onChange(replaceAt(moods, i, { name: v }))}
            errorMessage={errors?.[i]?.name?.message}
          />
          <NumberField
            aria-label={`Intensity of ${name(m, i)} (0–100 %)`}
            placeholder="%"
            value={m.intensity}
            onChange={(v) => onChange(replaceAt(moods, i, { intensity: v }))}
            errorMessage={errors?.[i]?.intensity?.message}
          />
          {moods.length > 1 ? (
            <Button variant="quiet" onPress={() => onChange(without(moods, i))} aria-label={`Remove ${name(m, i)}`}>
              Remove
            </Button>
          ) : null}
        </div>
      ))}
      {error ? <FormMessage>{error}</FormMessage> : null}
      <Button onPress={() => onChange([...moods, { name: '', intensity: '', rerated: '' }])}>Add mood</Button>
    </fieldset>
  );
}

interface ThoughtProps {
  thoughts: ThoughtDraft[];
  onChange: (thoughts: ThoughtDraft[]) => void;
  errors?: RowErrors<ThoughtDraft>;
  error?: string;
}

/** Column 3: each automatic thought with how much it was believed; one radio group across the rows marks the hot thought. */
export function ThoughtRows({ thoughts, onChange, errors, error }: ThoughtProps) {
  const label = (i: number) => `automatic thought ${i + 1}`;
  const hot = thoughts.findIndex((t) => t.hot);
  return (
    <fieldset>
      <legend>3. Automatic thoughts and how much you believed them (0–100 %)</legend>
      <RadioGroup aria-label="Hot thought" value={hot < 0 ? null : String(hot)} onChange={(v) => onChange(thoughts.map((x, j) => ({ ...x, hot: String(j) === v })))}>
        {thoughts.map((t, i) => (
          <div className={`${styles.rowInputs} ${styles.thoughtRow}`} key={i}>
            <TextField
              multiline
              rows={2}
              aria-label={`Automatic thought ${i + 1}`}
              placeholder="What went through your mind?"
              value={t.text}
              onChange={(v) => onChange(replaceAt(thoughts, i, { text: v }))}
              errorMessage={errors?.[i]?.text?.message}
            />
            <NumberField
              aria-label={`Belief in ${label(i)} (0–100 %)`}
              placeholder="%"
              value={t.belief}
              onChange={(v) => onChange(replaceAt(thoughts, i, { belief: v }))}
              errorMessage={errors?.[i]?.belief?.message}
            />
            <Radio value={String(i)} className="choice-group-option th-hot-choice" aria-label={`Hot thought: ${label(i)}`}>
              Hot thought
            </Radio>
            {thoughts.length > 1 ? (
              <Button variant="quiet" onPress={() => onChange(without(thoughts, i))} aria-label={`Remove ${label(i)}`}>
                Remove
              </Button>
            ) : null}
          </div>
        ))}
      </RadioGroup>
      {error ? <FormMessage>{error}</FormMessage> : null}
      <Button onPress={() => onChange([...thoughts, { text: '', belief: '', hot: false }])}>Add automatic thought</Button>
    </fieldset>
  );
}
