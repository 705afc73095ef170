import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { OWN_NUMBER_MAX, OWN_NUMBER_MIN, type JournalMeasure, type OwnMeasureType } from '../../../shared/domain/own-measure';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormMessage } from '../../ui/FormMessage';
import { NumberField } from '../../ui/NumberField';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { useVault } from '../../db/vault-context';
import { blankMeasure, checkMeasure, fieldsOfMeasure, type MeasureFields } from './measure-fields';
import { stampNow } from '../../db/record-stamp';
import styles from './measures.module.css';

const TYPES: readonly { value: OwnMeasureType; label: string }[] = [
  { value: 'rating', label: 'Rating 0–10' },
  { value: 'yesno', label: 'Yes or no' },
  { value: 'number', label: 'Number' },
];

interface Props {
  /** The measure being edited; absent when adding one. */
  editing?: JournalMeasure;
  all: readonly JournalMeasure[];
  onDone: (saved: JournalMeasure | null) => void;
}

type TextKey = 'name' | 'lowWord' | 'highWord' | 'unit' | 'min' | 'max';

/** Add or change one own measure. The type cannot change once saved: past values are read by it. */
export function MeasureForm({ editing, all, onDone }: Props) {
  const { repository } = useVault();
  const { control, handleSubmit, setError, reset, formState } = useForm<MeasureFields>({
    defaultValues: editing ? fieldsOfMeasure(editing) : blankMeasure(),
  });
  const type = useWatch({ control, name: 'type' });
  const [problem, setProblem] = useState('');

  const submit = handleSubmit(async (fields) => {
    setProblem('');
    const checked = checkMeasure(fields, editing, all, stampNow());
    if (!checked.ok) {
      if (checked.field) setError(checked.field, { message: checked.message }, { shouldFocus: true });
      else setProblem(checked.message);
      return;
    }
    try {
      // 'stored': the list shows the measure once it is in IndexedDB (db/repository.ts); the form empties in that same moment, not after
      // main's vault.json write, which would wipe a next name typed in between (own-measures failed on it in a fresh-clone run).
      await repository.save([checked.value], 'stored');
      reset(blankMeasure());
      onDone(checked.value);
    } catch (e) {
      setProblem((e as Error).message);
    }
  });

  const text = (name: TextKey, label: string, description?: string, asNumber = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const Field = asNumber ? NumberField : TextField;
        return (
          <Field
            label={label}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            description={description}
            errorMessage={fieldState.error?.message}
            inputRef={field.ref}
          />
        );
      }}
    />
  );

  const title = editing ? `Change “${editing.name}”` : 'Add a measure';
  return (
    <PrivateForm onSubmit={(e) => void submit(e)} noValidate className={styles.form} aria-labelledby="measure-form-title">
      <h3 id="measure-form-title">{title}</h3>
      {text('name', 'Name', 'As you would say it: “brain zaps”, “exercised”, “minutes outside”.')}
      {editing ? (
        <p className="muted">Kind: {TYPES.find((t) => t.value === editing.type)?.label}. The kind stays as it is, so past values keep their meaning.</p>
      ) : (
        <Controller
          control={control}
          name="type"
          render={({ field }) => <ChoiceGroup label="Kind" options={TYPES} value={field.value} onChange={field.onChange} />}
        />
      )}
      {type === 'rating' && (
        <div className={styles.formRow}>
          {text('lowWord', 'Word for 0', 'For example “none”.')}
          {text('highWord', 'Word for 10', 'For example “constant”.')}
        </div>
      )}
      {type === 'number' && (
        <div className={styles.formRow}>
          {text('unit', 'Unit (optional)', 'For example “minutes” or “glasses”.')}
          {text('min', 'Lowest (optional)', `${OWN_NUMBER_MIN} if left empty.`, true)}
          {text('max', 'Highest (optional)', `${OWN_NUMBER_MAX.toLocaleString('en')} if left empty.`, true)}
        </div>
      )}
      <Controller
        control={control}
        name="inSummary"
        render={({ field }) => (
          <Checkbox name="inSummary" isSelected={field.value} onChange={field.onChange} description="Its average is printed in the appointment summary.">
            Show in the appointment summary
          </Checkbox>
        )}
      />
      <FormMessage>{problem}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {editing ? 'Save changes' : 'Add measure'}
        </Button>
        {editing && <Button onPress={() => onDone(null)}>Cancel</Button>}
      </div>
    </PrivateForm>
  );
}
