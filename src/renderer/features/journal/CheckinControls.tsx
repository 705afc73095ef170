import { memo } from 'react';
import { useController, type Control } from 'react-hook-form';
import { numberText } from '../../../shared/codec/number';
import { measureHeading, type CheckinMeasure } from '../../../shared/domain/checkin-measures';
import { NOTE_MAX, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { NumberField } from '../../ui/NumberField';
import { RatingScale } from '../../ui/RatingScale';
import { TextField } from '../../ui/TextField';
import type { CheckinFields } from './checkin-fields';
import { measureField } from './checkin-resolver';
import { ChoiceList } from './ChoiceList';
import { DiscontinuationSymptoms } from './DiscontinuationSymptoms';
import checkin from './checkin.module.css';
import { cx } from '../../ui/class-names';

/*
 * The check-in's fields, each bound to the form by its own name: react-hook-form
 * redraws a bound field only when its own value or message changes, and each is
 * memoised on props that keep their identity (the measure row, the form's
 * control), so the form redrawing (a day picked, a save under way) does not
 * redraw eleven segments per scale.
 */

type CheckinControl = Control<CheckinFields, unknown, JournalCheckin>;

/** One of the built-in measures: a scale, or hours typed. */
export const MeasureInput = memo(function MeasureInput({ measure: m, control }: { measure: CheckinMeasure; control: CheckinControl }) {
  const { field, fieldState } = useController({ control, name: measureField(m.key) });
  const text = field.value;
  return (
    // Long scales take the column's width; short ones (sleep) share a row.
    <div className={cx(checkin.measure, m.scale === 'rating' && m.max - m.min >= 10 && checkin.measureWide)}>
      {m.scale === 'rating' ? (
        <RatingScale
          label={m.label}
          name={m.key}
          min={m.min}
          max={m.max}
          anchors={m.anchors}
          value={text === '' ? undefined : Number(text)}
          onChange={(v) => field.onChange(numberText(v))}
          errorMessage={fieldState.error?.message}
        />
      ) : (
        <NumberField
          label={measureHeading(m)}
          name={m.key}
          description={`${m.min}–${m.max}, in ${m.anchors[1]}`}
          value={text}
          onChange={field.onChange}
          errorMessage={fieldState.error?.message}
        />
      )}
    </div>
  );
});

interface ChoicesProps {
  control: CheckinControl;
  name: 'triggers' | 'coping';
  legend: string;
  noun: string;
  options: readonly string[];
}

/** Triggers or coping skills as chips; a list's own problem shows under the form (FormMessage). */
export const ChoiceField = memo(function ChoiceField({ control, name, legend, noun, options }: ChoicesProps) {
  const { field } = useController({ control, name });
  return <ChoiceList legend={legend} noun={noun} options={options} chosen={field.value} onChange={field.onChange} />;
});

/** The note with its count; only this redraws while it is typed in. */
export const NoteField = memo(function NoteField({ control }: { control: CheckinControl }) {
  const { field, fieldState } = useController({ control, name: 'note' });
  return (
    <TextField
      label="Note (optional)"
      name="note"
      multiline
      rows={2}
      value={field.value}
      onChange={field.onChange}
      description={`${field.value.length.toLocaleString('en')} / ${NOTE_MAX.toLocaleString('en')} characters · Ctrl+Enter saves`}
      errorMessage={fieldState.error?.message}
    />
  );
});

/** The FINISH groups, when they are asked (see CheckinForm). */
export const SymptomsField = memo(function SymptomsField({ control }: { control: CheckinControl }) {
  const { field } = useController({ control, name: 'symptoms' });
  return <DiscontinuationSymptoms ratings={field.value} onChange={field.onChange} />;
});
