import { useState, type FormEvent } from 'react';
import { PROVIDER_ROLES, PROVIDER_ROLE_LABELS, type ProviderRole, type TherapyProvider } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ErrorLine, SelectField, TextArea, TextField, FormActions } from '../fields';
import { recordMeta } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';

export function ProviderForm({ editing, onDone }: { editing?: TherapyProvider; onDone?: () => void }) {
  const { save, error, busy } = useRecordActions();
  const [name, setName] = useState(editing?.name ?? '');
  const [role, setRole] = useState<ProviderRole>(editing?.role ?? 'therapist');
  const [contactNotes, setContactNotes] = useState(editing?.contactNotes ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const provider: TherapyProvider = { kind: 'therapy.provider', ...recordMeta(editing), name: name.trim(), role, contactNotes };
    if (await save([provider])) {
      clearIfSaved(setName, name, '');
      clearIfSaved(setContactNotes, contactNotes, '');
      onDone?.();
    }
  };

  const title = editing ? `Edit ${editing.name}` : 'Add a provider';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="th-field-row">
        <TextField label="Name" value={name} onChange={setName} />
        <SelectField label="Role" value={role} onChange={(v) => setRole(v as ProviderRole)}>
          {PROVIDER_ROLES.map((r) => (
            <option key={r} value={r}>
              {PROVIDER_ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea label="Contact notes" value={contactNotes} onChange={setContactNotes} hint="Phone, practice address, how to book. Kept encrypted." rows={2} />
      <ErrorLine error={error} />
      <FormActions busy={busy} editing={editing} addLabel="Add provider" onCancel={onDone} />
    </PrivateForm>
  );
}
