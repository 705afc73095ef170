import { memo } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { measureAnchors, measureRange, type JournalMeasure } from '../../../shared/domain/own-measure';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { NumberField } from '../../ui/NumberField';
import { RatingScale } from '../../ui/RatingScale';
import type { CheckinFields } from './checkin-fields';
import { ownField } from './checkin-resolver';
import checkin from './checkin.module.css';
import { cx } from '../../ui/class-names';

interface Props {
  /** The active measures, in the order the person added them. */
  measures: readonly JournalMeasure[];
  control: Control<CheckinFields, unknown, JournalCheckin>;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: '', label: 'Not said' },
] as const;

/** The person's own measures in the check-in: a 0–10 scale with their end words, yes or no, or a number with its unit. */
// Memoised: the check-in form re-renders while it saves, and these need not.
export const OwnMeasureFields = memo(function OwnMeasureFields({ measures, control }: Props) {
  if (measures.length === 0) return null;
  return (
    <fieldset className={checkin.ownMeasures}>
      <legend>Your own measures</legend>
      {measures.map((m) => (
        <OwnMeasureField key={m.id} measure={m} control={control} />
      ))}
    </fieldset>
  );
});

/** One own measure bound to the form by its id: only it redraws when its value or message changes. */
function OwnMeasureField({ measure: m, control }: { measure: JournalMeasure; control: Props['control'] }) {
  // A measure the person has not answered yet starts empty ("not said").
  const { field, fieldState } = useController({ control, name: ownField(m.id), defaultValue: '' });
  const text = (field.value as string | undefined) ?? '';
  const errorMessage = fieldState.error?.message;
  if (m.type === 'rating') {
    return (
      <div className={cx(checkin.measure, checkin.measureWide)}>
        <RatingScale
          label={m.name}
          name={m.id}
          min={measureRange(m).min}
          max={measureRange(m).max}
          anchors={measureAnchors(m)}
          value={text === '' ? undefined : Number(text)}
          onChange={(v) => field.onChange(v === undefined ? '' : String(v))}
          errorMessage={errorMessage}
        />
      </div>
    );
  }
  if (m.type === 'yesno') {
    return (
      <div className={checkin.measure}>
        {/* Only yes, no or nothing can be picked, so this one never has a message. */}
        <ChoiceGroup label={m.name} options={YES_NO} value={text as 'yes' | 'no' | ''} onChange={field.onChange} />
      </div>
    );
  }
  const { min, max } = measureRange(m);
  return (
    <div className={checkin.measure}>
      <NumberField
        label={m.unit ? `${m.name} (${m.unit})` : m.name}
        name={m.id}
        description={`${min}–${max}${m.unit ? ` ${m.unit}` : ''}`}
        value={text}
        onChange={field.onChange}
        errorMessage={errorMessage}
      />
    </div>
  );
}
