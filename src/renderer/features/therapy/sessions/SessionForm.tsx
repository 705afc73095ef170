import { useState, type FormEvent } from 'react';
import { MODALITIES, MODALITY_LABELS, type Modality, type TherapySession } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { CheckboxField, DateField, ErrorLine, SelectField, TextArea, FormActions } from '../fields';
import { recordMeta, today } from '../format';
import { ProviderSelect } from '../providers/ProviderSelect';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';

/** The modality of the latest session is the likeliest one for the next. */
export function SessionForm({ editing, lastModality, onDone }: { editing?: TherapySession; lastModality?: Modality; onDone?: () => void }) {
  const { save, error, busy } = useRecordActions();
  const [date, setDate] = useState(editing?.date ?? today());
  const [providerId, setProviderId] = useState(editing?.providerId ?? '');
  const [modality, setModality] = useState<Modality>(editing?.modality ?? lastModality ?? 'cbt');
  const [attended, setAttended] = useState(editing?.attended ?? true);
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [takeaways, setTakeaways] = useState(editing?.takeaways ?? '');
  const [homework, setHomework] = useState(editing?.homework ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const session: TherapySession = {
      kind: 'therapy.session',
      ...recordMeta(editing),
      date,
      providerId: providerId || undefined,
      modality,
      attended,
      notes,
      takeaways,
      homework,
    };
    if (await save([session])) {
      clearIfSaved(setNotes, notes, '');
      clearIfSaved(setTakeaways, takeaways, '');
      clearIfSaved(setHomework, homework, '');
      onDone?.();
    }
  };

  const title = editing ? 'Edit session' : 'Log a session';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="th-field-row">
        <DateField label="Date" value={date} onChange={setDate} />
        <ProviderSelect value={providerId} onChange={setProviderId} />
        <SelectField label="Kind of therapy" value={modality} onChange={(v) => setModality(v as Modality)}>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABELS[m]}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField label="Attended" checked={attended} onChange={setAttended} />
      <TextArea label="Key takeaways" value={takeaways} onChange={setTakeaways} />
      <TextArea label="Homework agreed" value={homework} onChange={setHomework} />
      <TextArea label="Private notes" value={notes} onChange={setNotes} hint="Kept encrypted on this computer, like everything in Cairn." />
      <ErrorLine error={error} />
      <FormActions busy={busy} editing={editing} addLabel="Save session" onCancel={onDone} />
    </PrivateForm>
  );
}
