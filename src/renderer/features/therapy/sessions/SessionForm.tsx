import { Controller } from 'react-hook-form';
import { MODALITIES, MODALITY_LABELS, therapySession, type Modality, type TherapySession } from '../../../../shared/domain/therapy';
import { Checkbox } from '../../../ui/Checkbox';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, SelectField, TextArea } from '../fields';
import { recordMeta, today } from '../format';
import { ProviderSelect } from '../providers/ProviderSelect';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

const MODALITY_CHOICES = MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }));

interface SessionFields {
  date: string;
  providerId: string;
  modality: Modality;
  attended: boolean;
  notes: string;
  takeaways: string;
  homework: string;
}

/** The record the fields make: a new one gets its id and timestamps now, an open one keeps its id and createdAt. */
const toSession = (values: SessionFields, editing?: TherapySession): TherapySession => ({
  kind: 'therapy.session',
  ...recordMeta(editing),
  ...values,
  providerId: values.providerId || undefined,
});

interface Props {
  /** The session open in the panel; none when logging a new one. */
  editing?: TherapySession;
  /** The modality of the latest session is the likeliest one for the next. */
  lastModality?: Modality;
  title: string;
  busy: boolean;
  /** A failed save's reason (from useRecordActions), shown under the form. */
  error: string;
  onSave: (session: TherapySession) => Promise<boolean>;
  onCancel: () => void;
}

export function SessionForm({ editing, lastModality, title, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapySession, (v: SessionFields) => toSession(v, editing), {
    defaultValues: {
      date: editing?.date ?? today(),
      providerId: editing?.providerId ?? '',
      modality: editing?.modality ?? lastModality ?? 'cbt',
      attended: editing?.attended ?? true,
      notes: editing?.notes ?? '',
      takeaways: editing?.takeaways ?? '',
      homework: editing?.homework ?? '',
    },
    busy,
    onSave,
  });
  // What was typed stays in the fields if the save fails; after a save the form holds what is now stored.

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <div className={styles.fieldRow}>
        <Controller control={control} name="date" render={({ field, fieldState }) => <DateField label="Date" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
        <Controller control={control} name="providerId" render={({ field }) => <ProviderSelect value={field.value} onChange={field.onChange} />} />
        <Controller
          control={control}
          name="modality"
          render={({ field, fieldState }) => (
            <SelectField label="Kind of therapy" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} choices={MODALITY_CHOICES} />
          )}
        />
      </div>
      <Controller
        control={control}
        name="attended"
        render={({ field, fieldState }) => (
          <div className="th-checkbox-with-message">
            <Checkbox isSelected={field.value} onChange={field.onChange}>
              Attended
            </Checkbox>
            {fieldState.error ? <FormMessage>{fieldState.error.message ?? ''}</FormMessage> : null}
          </div>
        )}
      />
      <Controller control={control} name="takeaways" render={({ field, fieldState }) => <TextArea label="Key takeaways" rows={2} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      <Controller control={control} name="homework" render={({ field, fieldState }) => <TextArea label="Homework agreed" rows={2} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      <Controller
        control={control}
        name="notes"
        render={({ field, fieldState }) => (
          <TextArea label="Private notes" rows={2} value={field.value} onChange={field.onChange} error={fieldState.error?.message} hint="Kept encrypted on this computer, like everything in Cairn." />
        )}
      />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Save session" onCancel={onCancel} />
    </PrivateForm>
  );
}
