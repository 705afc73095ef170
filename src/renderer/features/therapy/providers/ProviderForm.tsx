import { Controller } from 'react-hook-form';
import { PROVIDER_ROLES, PROVIDER_ROLE_LABELS, therapyProvider, type ProviderRole, type TherapyProvider } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { SelectField, TextArea, TextField } from '../fields';
import { recordMeta } from '../format';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

const ROLE_CHOICES = PROVIDER_ROLES.map((r) => ({ value: r, label: PROVIDER_ROLE_LABELS[r] }));

interface ProviderFields {
  name: string;
  role: ProviderRole;
  contactNotes: string;
}

const toProvider = (values: ProviderFields, editing?: TherapyProvider): TherapyProvider => ({
  kind: 'therapy.provider',
  ...recordMeta(editing),
  ...values,
  name: values.name.trim(),
});

interface Props {
  editing?: TherapyProvider;
  title: string;
  busy: boolean;
  error: string;
  onSave: (provider: TherapyProvider) => Promise<boolean>;
  onCancel: () => void;
}

/** A provider's name, role and contact notes, checked against the stored record's schema. */
export function ProviderForm({ editing, title, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyProvider, (v: ProviderFields) => toProvider(v, editing), {
    defaultValues: {
      name: editing?.name ?? '',
      role: editing?.role ?? 'therapist',
      contactNotes: editing?.contactNotes ?? '',
    },
    busy,
    onSave,
  });

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <div className={styles.fieldRow}>
        <Controller control={control} name="name" render={({ field, fieldState }) => <TextField label="Name" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
        <Controller
          control={control}
          name="role"
          render={({ field, fieldState }) => (
            <SelectField label="Role" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} choices={ROLE_CHOICES} />
          )}
        />
      </div>
      <Controller
        control={control}
        name="contactNotes"
        render={({ field, fieldState }) => (
          <TextArea label="Contact notes" value={field.value} onChange={field.onChange} error={fieldState.error?.message} hint="Phone, practice address, how to book. Kept encrypted." rows={2} />
        )}
      />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Add provider" onCancel={onCancel} />
    </PrivateForm>
  );
}
