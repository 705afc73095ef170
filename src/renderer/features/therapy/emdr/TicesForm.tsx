import { useState, type FormEvent } from 'react';
import type { TherapyEmdrLog } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, NumberField, TextField } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearSavedFields } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';
import styles from '../therapy.module.css';

/** A SUD at or above this offers the person's own coping section (CLINICAL.md). */
export const COPING_SUD = 7;

const blank = () => ({ date: today(), trigger: '', image: '', cognition: '', emotion: '', sensation: '', sud: '' });

/** TICES: a snapshot of what came up between sessions, in a few words each, not a narrative. */
export function TicesForm({ onSaved }: { onSaved: (log: TherapyEmdrLog) => void }) {
  const { save, error, busy } = useRecordActions();
  const [draft, setDraft] = useState(blank);
  const set = (field: keyof ReturnType<typeof blank>) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const log: TherapyEmdrLog = {
      kind: 'therapy.emdrLog',
      ...recordMeta(),
      date: draft.date,
      trigger: draft.trigger,
      image: draft.image,
      cognition: draft.cognition,
      emotion: draft.emotion,
      sensation: draft.sensation,
      sud: numberOrUndefined(draft.sud) as number,
    };
    if (await save([log])) {
      clearSavedFields(setDraft, draft, blank());
      onSaved(log);
    }
  };

  return (
    <PrivateForm className={styles.form} onSubmit={submit} noValidate aria-label="TICES log">
      <h3>TICES log</h3>
      <p className="muted">A few words each is enough: a snapshot to bring to your next session.</p>
      <div className={styles.fieldRow}>
        <TextField label="Trigger" value={draft.trigger} onChange={set('trigger')} hint="What set it off." />
        <DateField label="Date" value={draft.date} onChange={set('date')} />
      </div>
      <div className={styles.fieldRow}>
        <TextField label="Image" value={draft.image} onChange={set('image')} />
        <TextField label="Cognition (the thought)" value={draft.cognition} onChange={set('cognition')} />
      </div>
      <div className={styles.fieldRow}>
        <TextField label="Emotion" value={draft.emotion} onChange={set('emotion')} />
        <TextField label="Sensation (in the body)" value={draft.sensation} onChange={set('sensation')} />
        <NumberField label="SUD (0–10)" min={0} max={10} value={draft.sud} onChange={set('sud')} />
      </div>
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Save to TICES log
      </Button>
    </PrivateForm>
  );
}
