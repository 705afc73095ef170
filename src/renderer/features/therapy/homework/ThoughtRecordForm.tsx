import { useState, type FormEvent } from 'react';
import type { TherapyThoughtRecord } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, NumberField, TextArea, TextField, FormActions } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useSaver } from '../useRecordActions';

const blank = (r?: TherapyThoughtRecord) => ({
  date: r?.date ?? today(),
  situation: r?.situation ?? '',
  automaticThought: r?.automaticThought ?? '',
  emotion: r?.emotion ?? '',
  intensityBefore: r ? String(r.intensityBefore) : '',
  evidenceFor: r?.evidenceFor ?? '',
  evidenceAgainst: r?.evidenceAgainst ?? '',
  balancedThought: r?.balancedThought ?? '',
  intensityAfter: r?.intensityAfter === undefined ? '' : String(r.intensityAfter),
});

/** The columns of a CBT thought record, in the order they are usually worked through. */
export function ThoughtRecordForm({ editing, onDone }: { editing?: TherapyThoughtRecord; onDone?: () => void }) {
  const { save, error, busy } = useSaver();
  const [draft, setDraft] = useState(() => blank(editing));
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const record: TherapyThoughtRecord = {
      kind: 'therapy.thoughtRecord',
      ...recordMeta(editing),
      ...draft,
      emotion: draft.emotion.trim(),
      intensityBefore: numberOrUndefined(draft.intensityBefore) as number,
      intensityAfter: numberOrUndefined(draft.intensityAfter),
    };
    if (await save([record])) {
      setDraft(blank());
      onDone?.();
    }
  };

  const title = editing ? 'Edit thought record' : 'New thought record';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <DateField label="Date" value={draft.date} onChange={set('date')} />
      <TextArea label="Situation" value={draft.situation} onChange={set('situation')} hint="Where you were, when, who was there." rows={2} />
      <TextArea label="Automatic thought" value={draft.automaticThought} onChange={set('automaticThought')} rows={2} />
      <div className="th-field-row">
        <TextField label="Emotion" value={draft.emotion} onChange={set('emotion')} />
        <NumberField label="Intensity before (0–100)" min={0} max={100} value={draft.intensityBefore} onChange={set('intensityBefore')} />
      </div>
      <div className="th-field-pair">
        <TextArea label="Evidence for" value={draft.evidenceFor} onChange={set('evidenceFor')} rows={2} />
        <TextArea label="Evidence against" value={draft.evidenceAgainst} onChange={set('evidenceAgainst')} rows={2} />
      </div>
      <TextArea label="Balanced thought" value={draft.balancedThought} onChange={set('balancedThought')} rows={2} />
      <NumberField
        label="Intensity after (0–100)"
        min={0}
        max={100}
        value={draft.intensityAfter}
        onChange={set('intensityAfter')}
        hint="Can be left blank and filled in later."
      />
      <ErrorLine error={error} />
      <FormActions busy={busy} editing={editing} addLabel="Save thought record" onCancel={onDone} />
    </PrivateForm>
  );
}
