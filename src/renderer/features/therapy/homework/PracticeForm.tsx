import { Controller } from 'react-hook-form';
import { therapyPractice, type TherapyPractice } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, NumberField, TextArea, TextField } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

interface PracticeFields {
  date: string;
  what: string;
  minutes: string;
  howItWent: string;
}

const toPractice = (values: PracticeFields, editing?: TherapyPractice): TherapyPractice => ({
  kind: 'therapy.practice',
  ...recordMeta(editing),
  date: values.date,
  what: values.what.trim(),
  minutes: numberOrUndefined(values.minutes) as number,
  howItWent: values.howItWent,
});

interface Props {
  editing?: TherapyPractice;
  busy: boolean;
  error: string;
  onSave: (practice: TherapyPractice) => Promise<boolean>;
  onCancel: () => void;
}

/** What was practised, for how long, on which day and how it went; checked against the stored record's schema. */
export function PracticeForm({ editing, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyPractice, (v: PracticeFields) => toPractice(v, editing), {
    defaultValues: {
      date: editing?.date ?? today(),
      what: editing?.what ?? '',
      minutes: editing ? String(editing.minutes) : '',
      howItWent: editing?.howItWent ?? '',
    },
    busy,
    onSave,
  });
  const title = editing ? 'Edit practice' : 'Log a practice';

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <Controller
        control={control}
        name="what"
        render={({ field, fieldState }) => (
          <TextField label="What you practised" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} hint="For example: box breathing, a values exercise, a behavioural experiment." />
        )}
      />
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="minutes"
          render={({ field, fieldState }) => <NumberField label="Minutes" min={1} max={1440} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        <Controller control={control} name="date" render={({ field, fieldState }) => <DateField label="Date" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      </div>
      <Controller
        control={control}
        name="howItWent"
        render={({ field, fieldState }) => <TextArea label="How it went" value={field.value} onChange={field.onChange} rows={2} error={fieldState.error?.message} />}
      />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Log practice" onCancel={onCancel} />
    </PrivateForm>
  );
}
