import { useState, type FormEvent } from 'react';
import { THINKING_TRAPS, THINKING_TRAP_LABELS, type ThinkingTrap, type TherapyThoughtRecord } from '../../../../shared/domain/therapy';
import { thoughtRecordColumns } from '../../../../shared/therapy/thought-record';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ChipChecklist, DateField, ErrorLine, FormActions, NumberField, TextArea } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { MoodRows, ThoughtRows, type MoodDraft, type ThoughtDraft } from './ThoughtRecordRows';
import { clearSavedFields } from '../../../ui/clear-saved';

const TRAP_OPTIONS = THINKING_TRAPS.map((value) => ({ value, label: THINKING_TRAP_LABELS[value] }));
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form's text for a record in either shape; a format-1 record opens as one mood and one thought. */
function draftFrom(r?: TherapyThoughtRecord) {
  const columns = r ? thoughtRecordColumns(r) : undefined;
  return {
    date: r?.date ?? today(),
    situation: r?.situation ?? '',
    moods: columns?.moods.map((m): MoodDraft => ({ name: m.name, intensity: String(m.intensity), rerated: text(m.rerated) })) ?? [{ name: '', intensity: '', rerated: '' }],
    thoughts: columns?.thoughts.map((t): ThoughtDraft => ({ text: t.text, belief: text(t.belief), hot: t.hot })) ?? [{ text: '', belief: '', hot: false }],
    traps: r?.traps ?? ([] as ThinkingTrap[]),
    evidenceFor: r?.evidenceFor ?? '',
    evidenceAgainst: r?.evidenceAgainst ?? '',
    balancedThought: r?.balancedThought ?? '',
    balancedBelief: text(r?.balancedBelief),
  };
}
type Draft = ReturnType<typeof draftFrom>;

/** The seven columns of a CBT thought record (Greenberger & Padesky), in the order they are worked through. */
export function ThoughtRecordForm({ editing, onDone }: { editing?: TherapyThoughtRecord; onDone?: () => void }) {
  const { save, error, busy } = useRecordActions();
  const [draft, setDraft] = useState(() => draftFrom(editing));
  const set =
    <F extends keyof Draft>(field: F) =>
    (value: Draft[F]) =>
      setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Saved in the seven-column shape only: an edited format-1 record leaves its old single columns behind.
    const record: TherapyThoughtRecord = {
      kind: 'therapy.thoughtRecord',
      ...recordMeta(editing),
      date: draft.date,
      situation: draft.situation,
      moods: draft.moods.map((m) => ({ name: m.name.trim(), intensity: numberOrUndefined(m.intensity) as number, rerated: numberOrUndefined(m.rerated) })),
      thoughts: draft.thoughts.map((t) => ({ text: t.text, belief: numberOrUndefined(t.belief), hot: t.hot })),
      traps: draft.traps,
      evidenceFor: draft.evidenceFor,
      evidenceAgainst: draft.evidenceAgainst,
      balancedThought: draft.balancedThought,
      balancedBelief: numberOrUndefined(draft.balancedBelief),
    };
    if (await save([record])) {
      clearSavedFields(setDraft, draft, draftFrom());
      onDone?.();
    }
  };

  const title = editing ? 'Edit thought record' : 'New thought record';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <DateField label="Date" value={draft.date} onChange={set('date')} />
      <TextArea label="1. Situation" value={draft.situation} onChange={set('situation')} hint="Where you were, when, who was there." rows={2} />
      <MoodRows moods={draft.moods} onChange={set('moods')} column="before" />
      <ThoughtRows thoughts={draft.thoughts} onChange={set('thoughts')} />
      <ChipChecklist
        legend="Thinking traps (optional)"
        hint="Pick any that fit the thoughts above, or none."
        options={TRAP_OPTIONS}
        selected={draft.traps}
        onChange={set('traps')}
      />
      <div className="th-field-pair">
        <TextArea label="4. Evidence for the hot thought" value={draft.evidenceFor} onChange={set('evidenceFor')} rows={2} />
        <TextArea label="5. Evidence against the hot thought" value={draft.evidenceAgainst} onChange={set('evidenceAgainst')} rows={2} />
      </div>
      <div className="th-field-row">
        <TextArea label="6. Alternative or balanced thought" value={draft.balancedThought} onChange={set('balancedThought')} rows={2} />
        <NumberField label="Belief in it (0–100 %)" min={0} max={100} value={draft.balancedBelief} onChange={set('balancedBelief')} />
      </div>
      <MoodRows moods={draft.moods} onChange={set('moods')} column="rerated" />
      <ErrorLine error={error} />
      <FormActions busy={busy} editing={editing} addLabel="Save thought record" onCancel={onDone} />
    </PrivateForm>
  );
}
