import { useMemo, useState, type FormEvent } from 'react';
import type { TherapyEmdrTarget } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, NumberField, TextField } from '../fields';
import { formatDay, numberOrUndefined, recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearSavedFields } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';
import styles from '../therapy.module.css';

/**
 * The current target's positive belief and VOC, only as the therapist set
 * them in session: the person copies them in, dated. Cairn never asks the
 * person to rate the VOC on their own between sessions.
 */
export function TargetPanel() {
  const targets = useRecords('therapy.emdrTarget');
  const current = useMemo(() => [...targets].sort((a, b) => b.setOn.localeCompare(a.setOn) || b.createdAt.localeCompare(a.createdAt))[0], [targets]);
  const { save, error, busy } = useRecordActions();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ setOn: today(), positiveBelief: '', voc: '' });
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target: TherapyEmdrTarget = {
      kind: 'therapy.emdrTarget',
      ...recordMeta(),
      setOn: draft.setOn,
      positiveBelief: draft.positiveBelief,
      voc: numberOrUndefined(draft.voc),
    };
    if (await save([target])) {
      clearSavedFields(setDraft, draft, { setOn: today(), positiveBelief: '', voc: '' });
      setOpen(false);
    }
  };

  return (
    <section className={styles.recordCard} aria-label="Current target">
      <header>
        <h3>Current target</h3>
      </header>
      {current ? (
        <p className={styles.plainText}>
          Positive belief: “{current.positiveBelief}”{current.voc === undefined ? '' : ` · VOC ${current.voc}/7`} · as set in session on {formatDay(current.setOn)}
        </p>
      ) : (
        <p className="muted">No target noted yet. After a session, you can copy the positive belief and VOC your therapist noted.</p>
      )}
      {open ? (
        <PrivateForm className={styles.inlineForm} onSubmit={submit} noValidate aria-label="Note the target from your session">
          <div className={styles.fieldRow}>
            <TextField label="Positive belief" value={draft.positiveBelief} onChange={set('positiveBelief')} />
            <NumberField label="VOC (1–7)" min={1} max={7} value={draft.voc} onChange={set('voc')} hint="As your therapist noted it." />
            <DateField label="Session date" value={draft.setOn} onChange={set('setOn')} />
          </div>
          <ErrorLine error={error} />
          <div className="actions">
            <Button type="submit" variant="primary" isDisabled={busy}>
              Save target
            </Button>
            <Button onPress={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </PrivateForm>
      ) : (
        <Button onPress={() => setOpen(true)}>
          Note the target from your session
        </Button>
      )}
    </section>
  );
}
