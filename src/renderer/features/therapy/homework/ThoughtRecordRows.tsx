import { useId } from 'react';
import { Button } from '../../../ui/Button';

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

const replaceAt = <T,>(items: readonly T[], i: number, next: Partial<T>) => items.map((x, j) => (j === i ? { ...x, ...next } : x));
const without = <T,>(items: readonly T[], i: number) => items.filter((_, j) => j !== i);

/**
 * Column 2 (moods and how intense, 0–100 %) or column 7 (the same moods
 * re-rated). Both edit the same list, so a mood named in column 2 is the one
 * re-rated in column 7.
 */
export function MoodRows({ moods, onChange, column }: { moods: MoodDraft[]; onChange: (moods: MoodDraft[]) => void; column: 'before' | 'rerated' }) {
  const name = (m: MoodDraft, i: number) => m.name.trim() || `mood ${i + 1}`;
  if (column === 'rerated') {
    return (
      <fieldset>
        <legend>7. Moods re-rated now (0–100 %)</legend>
        <p className="muted">Can be left blank and filled in later.</p>
        <div className="th-row-inputs-wrap">
          {moods.map((m, i) => (
            <label key={i} className="th-inline-number">
              <span className="th-mood-name">{name(m, i)}</span>
              <input type="number" min={0} max={100} aria-label={`${name(m, i)} re-rated (0–100 %)`} value={m.rerated} onChange={(e) => onChange(replaceAt(moods, i, { rerated: e.target.value }))} />
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend>2. Moods and how intense (0–100 %)</legend>
      {moods.map((m, i) => (
        <div className="th-row-inputs th-emotion-row" key={i}>
          <input aria-label={`Mood ${i + 1}`} placeholder="Mood, e.g. anxious" value={m.name} onChange={(e) => onChange(replaceAt(moods, i, { name: e.target.value }))} />
          <input aria-label={`Intensity of ${name(m, i)} (0–100 %)`} placeholder="%" type="number" min={0} max={100} value={m.intensity} onChange={(e) => onChange(replaceAt(moods, i, { intensity: e.target.value }))} />
          {moods.length > 1 ? (
            <Button variant="quiet" onPress={() => onChange(without(moods, i))} aria-label={`Remove ${name(m, i)}`}>
              Remove
            </Button>
          ) : null}
        </div>
      ))}
      <Button onPress={() => onChange([...moods, { name: '', intensity: '', rerated: '' }])}>
        Add mood
      </Button>
    </fieldset>
  );
}

/** Column 3: each automatic thought with how much it was believed; the radio marks the hot thought. */
export function ThoughtRows({ thoughts, onChange }: { thoughts: ThoughtDraft[]; onChange: (thoughts: ThoughtDraft[]) => void }) {
  const label = (i: number) => `automatic thought ${i + 1}`;
  const group = useId();
  return (
    <fieldset>
      <legend>3. Automatic thoughts and how much you believed them (0–100 %)</legend>
      {thoughts.map((t, i) => (
        <div className="th-row-inputs th-thought-row" key={i}>
          <textarea rows={2} aria-label={`Automatic thought ${i + 1}`} placeholder="What went through your mind?" value={t.text} onChange={(e) => onChange(replaceAt(thoughts, i, { text: e.target.value }))} />
          <input aria-label={`Belief in ${label(i)} (0–100 %)`} placeholder="%" type="number" min={0} max={100} value={t.belief} onChange={(e) => onChange(replaceAt(thoughts, i, { belief: e.target.value }))} />
          <label className="checkbox">
            <input type="radio" name={group} checked={t.hot} onChange={() => onChange(thoughts.map((x, j) => ({ ...x, hot: j === i })))} aria-label={`Hot thought: ${label(i)}`} />
            Hot thought
          </label>
          {thoughts.length > 1 ? (
            <Button variant="quiet" onPress={() => onChange(without(thoughts, i))} aria-label={`Remove ${label(i)}`}>
              Remove
            </Button>
          ) : null}
        </div>
      ))}
      <Button onPress={() => onChange([...thoughts, { text: '', belief: '', hot: false }])}>
        Add automatic thought
      </Button>
    </fieldset>
  );
}
