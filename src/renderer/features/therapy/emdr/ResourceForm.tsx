import { useState, type FormEvent } from 'react';
import { EMDR_RESOURCES, EMDR_RESOURCE_LABELS, type EmdrResource, type TherapyEmdrResource } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, NumberField, SelectField, TextArea } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearSavedFields } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';
import styles from '../therapy.module.css';

const RESOURCE_CHOICES = [{ value: '', label: 'Choose…' }, ...EMDR_RESOURCES.map((r) => ({ value: r, label: EMDR_RESOURCE_LABELS[r] }))];

const blank = () => ({ date: today(), resource: '' as EmdrResource | '', before: '', after: '', note: '' });

/** Practising a resource taught in session (calm place, container) with SUD before and after. */
export function ResourceForm() {
  const { save, error, busy } = useRecordActions();
  const [draft, setDraft] = useState(blank);
  const set = (field: keyof ReturnType<typeof blank>) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const practice: TherapyEmdrResource = {
      kind: 'therapy.emdrResource',
      ...recordMeta(),
      date: draft.date,
      resource: (draft.resource || undefined) as EmdrResource,
      sudBefore: numberOrUndefined(draft.before) as number,
      sudAfter: numberOrUndefined(draft.after) as number,
      note: draft.note,
    };
    if (await save([practice])) clearSavedFields(setDraft, draft, blank());
  };

  return (
    <PrivateForm className={styles.form} onSubmit={submit} noValidate aria-label="Resource practice">
      <h3>Resource practice</h3>
      <div className={styles.fieldRow}>
        <SelectField label="Resource" value={draft.resource} onChange={set('resource')} choices={RESOURCE_CHOICES} />
        <DateField label="Date" value={draft.date} onChange={set('date')} />
        <NumberField label="SUD before (0–10)" min={0} max={10} value={draft.before} onChange={set('before')} />
        <NumberField label="SUD after (0–10)" min={0} max={10} value={draft.after} onChange={set('after')} />
      </div>
      <TextArea label="Note (optional)" value={draft.note} onChange={set('note')} rows={2} />
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Log practice
      </Button>
    </PrivateForm>
  );
}
