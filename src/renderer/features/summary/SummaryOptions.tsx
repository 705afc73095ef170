import { Controller, type Control, type UseFormSetValue } from 'react-hook-form';
import { SECTIONS, SECTION_LABELS, DEFAULT_SECTIONS } from '../../../shared/summary/sections';
import { Checkbox } from '../../ui/Checkbox';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { SUMMARY_NAME_MAX, type SummaryOptionsValues } from './options-form';

interface Props {
  control: Control<SummaryOptionsValues>;
  setValue: UseFormSetValue<SummaryOptionsValues>;
  today: string;
  /** The person typed in the name field: the remembered name must not overwrite it. */
  onNameTyped: () => void;
  /** The name field lost focus: remember the name for the next visit. */
  onNameCommit: () => void;
  /** Remembering the name failed. */
  nameError: string;
}

const AUDIENCES = [
  { value: 'prescriber', label: 'Prescriber (medication review)' },
  { value: 'therapist', label: 'Therapist' },
] as const;

const PAPERS = [
  { id: 'A4', label: 'A4' },
  { id: 'Letter', label: 'US Letter' },
] as const;

/** What goes into the summary. Every change shows at once in the preview. */
export function SummaryOptions({ control, setValue, today, onNameTyped, onNameCommit, nameError }: Props) {
  return (
    <div className="summary-options">
      <fieldset>
        <legend>Period</legend>
        {(['from', 'to'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            // Each date is checked against the other, so a message moves to the date that now needs fixing.
            rules={{ deps: [name === 'from' ? 'to' : 'from'] }}
            render={({ field, fieldState }) => (
              <DateField
                label={name === 'from' ? 'From' : 'To'}
                max={today}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={fieldState.error?.message}
              />
            )}
          />
        ))}
      </fieldset>
      <Controller
        control={control}
        name="audience"
        render={({ field }) => (
          <ChoiceGroup
            label="For whom"
            options={AUDIENCES}
            value={field.value}
            onChange={(audience) => {
              field.onChange(audience);
              // Each reader starts from the sections they read first; the person can change them after.
              setValue('sections', DEFAULT_SECTIONS[audience]);
            }}
          />
        )}
      />
      <fieldset>
        <legend>Sections</legend>
        <p className="muted">The PHQ-9 item 9 flag is always included when it applies.</p>
        {SECTIONS.map((id) => (
          <Controller
            key={id}
            control={control}
            name={`sections.${id}`}
            render={({ field }) => (
              <Checkbox isSelected={field.value} onChange={field.onChange}>
                {SECTION_LABELS[id]}
              </Checkbox>
            )}
          />
        ))}
        <Controller
          control={control}
          name="includeEntryText"
          render={({ field }) => (
            <Checkbox isSelected={field.value} onChange={field.onChange}>
              Include the text of shared entries (left out unless you tick this)
            </Checkbox>
          )}
        />
      </fieldset>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            label="Name on the summary (optional)"
            description="Remembered for your next summary, encrypted with your journal."
            maxLength={SUMMARY_NAME_MAX}
            value={field.value}
            onChange={(name) => {
              onNameTyped();
              field.onChange(name);
            }}
            onBlur={() => {
              field.onBlur();
              onNameCommit();
            }}
            errorMessage={fieldState.error?.message ?? (nameError || undefined)}
          />
        )}
      />
      <Controller
        control={control}
        name="paper"
        render={({ field }) => (
          <Select label="Paper size" choices={PAPERS} value={field.value} onChange={(id) => field.onChange(id === 'Letter' ? 'Letter' : 'A4')} />
        )}
      />
    </div>
  );
}
