import { memo } from 'react';
import { measureAnchors, measureRange, type JournalMeasure } from '../../../shared/domain/own-measure';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { NumberField } from '../../ui/NumberField';
import { RatingScale } from '../../ui/RatingScale';

interface Props {
  /** The active measures, in the order the person added them. */
  measures: readonly JournalMeasure[];
  values: Record<string, string>;
  onChange: (id: string, text: string) => void;
  errorFor: (id: string) => string | undefined;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: '', label: 'Not said' },
] as const;

/** The person's own measures in the check-in: a 0–10 scale with their end words, yes or no, or a number with its unit. */
// Memoised: the check-in form re-renders while it saves, and these need not.
export const OwnMeasureFields = memo(function OwnMeasureFields({ measures, values, onChange, errorFor }: Props) {
  if (measures.length === 0) return null;
  return (
    <fieldset className="own-measures">
      <legend>Your own measures</legend>
      {measures.map((m) => {
        const text = values[m.id] ?? '';
        if (m.type === 'rating') {
          return (
            <div key={m.id} className="measure measure-wide">
              <RatingScale
                label={m.name}
                name={m.id}
                min={measureRange(m).min}
                max={measureRange(m).max}
                anchors={measureAnchors(m)}
                value={text === '' ? undefined : Number(text)}
                onChange={(v) => onChange(m.id, v === undefined ? '' : String(v))}
                errorMessage={errorFor(m.id)}
              />
            </div>
          );
        }
        if (m.type === 'yesno') {
          return (
            <div key={m.id} className="measure">
              {/* Only yes, no or nothing can be picked, so this one never has a message. */}
              <ChoiceGroup label={m.name} options={YES_NO} value={text as 'yes' | 'no' | ''} onChange={(v) => onChange(m.id, v)} />
            </div>
          );
        }
        const { min, max } = measureRange(m);
        return (
          <div key={m.id} className="measure">
            <NumberField
              label={m.unit ? `${m.name} (${m.unit})` : m.name}
              name={m.id}
              description={`${min}–${max}${m.unit ? ` ${m.unit}` : ''}`}
              value={text}
              onChange={(v) => onChange(m.id, v)}
              errorMessage={errorFor(m.id)}
            />
          </div>
        );
      })}
    </fieldset>
  );
});
