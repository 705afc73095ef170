import { useState, type FormEvent } from 'react';
import { SAFETY_PLAN_SECTIONS, type CrisisContact, type SafetyPlanSectionKey } from '../../../shared/domain/safety-plan';
import { PrivateForm } from '../../ui/PrivateForm';
import { useOfferUndo } from '../../ui/UndoProvider';
import { ContactsEditor, type DraftContact } from './ContactsEditor';
import { crisisLinesText, emergencyNumbersText } from '../../../shared/clinical/crisis-numbers';
import { SECTION_HINTS } from './section-hints';
import { EMPTY_PLAN, useSafetyPlan, type SafetyPlanFields } from './useSafetyPlan';
import './safety-plan.css';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { newId } from '../../db/record-stamp';

const SECTION_LIMIT = 5_000;

type Draft = Omit<SafetyPlanFields, 'peopleToAsk' | 'professionals'> & {
  peopleToAsk: DraftContact[];
  professionals: DraftContact[];
};

const withKeys = (contacts: readonly CrisisContact[]): DraftContact[] =>
  contacts.map((c) => ({ ...c, key: newId() }));

/** Rows left completely empty are dropped; anything typed is kept and validated. */
const toStored = (contacts: DraftContact[]): CrisisContact[] =>
  contacts
    .map(({ name, phone, note }) => ({ name: name.trim(), phone: phone.trim(), note: note.trim() }))
    .filter((c) => c.name || c.phone || c.note);

/** The plan as a form; saving returns to the read-only plan. */
export function SafetyPlanEditor({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const [stored, save] = useSafetyPlan();
  const [draft, setDraft] = useState<Draft>(() => {
    const from = stored ?? EMPTY_PLAN;
    return { ...from, peopleToAsk: withKeys(from.peopleToAsk), professionals: withKeys(from.professionals) };
  });
  const [message, setMessage] = useState<{ text: string; error: true } | null>(null);
  const [busy, setBusy] = useState(false);
  const offerUndo = useOfferUndo();

  const change = <K extends SafetyPlanSectionKey>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };

  const removeContact = (key: 'peopleToAsk' | 'professionals', index: number) => {
    const removed = draft[key][index];
    if (!removed) return;
    change(key, draft[key].filter((_, i) => i !== index));
    offerUndo({
      message: 'Contact removed.',
      undo: () => setDraft((d) => ({ ...d, [key]: [...d[key].slice(0, index), removed, ...d[key].slice(index)] })),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await save({ ...draft, peopleToAsk: toStored(draft.peopleToAsk), professionals: toStored(draft.professionals) });
      setBusy(false);
      onSaved();
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
      setBusy(false);
    }
  };

  return (
    <>
      <PrivateForm onSubmit={submit} aria-label="Edit your safety plan">
        {SAFETY_PLAN_SECTIONS.map((section, i) => {
          const id = `plan-${section.key}`;
          const title = `${i + 1}. ${section.title}`;
          if (section.contacts) {
            const key = section.key;
            return (
              <fieldset key={key} className="plan-section" aria-describedby={`${id}-hint`}>
                <legend className="plan-section-title">{title}</legend>
                <p id={`${id}-hint`} className="muted">
                  {SECTION_HINTS[key]}
                </p>
                {key === 'professionals' && draft.professionals.length === 0 && (
                  <p className="plan-examples">
                    Examples: crisis lines {crisisLinesText()}; emergency numbers {emergencyNumbersText()}. Add the
                    ones that apply where you live. Cairn never dials or sends anything.
                  </p>
                )}
                <ContactsEditor
                  idPrefix={id}
                  noun={key === 'peopleToAsk' ? 'Person' : 'Contact'}
                  contacts={draft[key]}
                  onChange={(contacts) => change(key, contacts)}
                  onRemove={(index) => removeContact(key, index)}
                />
              </fieldset>
            );
          }
          const key = section.key;
          const value = draft[key];
          const over = value.length > SECTION_LIMIT;
          return (
            <div key={key} className="plan-section">
              <label htmlFor={id} className="plan-section-title">
                {title}
              </label>
              <p id={`${id}-hint`} className="muted">
                {SECTION_HINTS[key]}
              </p>
              <textarea
                id={id}
                rows={3}
                value={value}
                aria-describedby={`${id}-hint${over ? ` ${id}-over` : ''}`}
                aria-invalid={over}
                onChange={(e) => change(key, e.target.value)}
              />
              {over && (
                <p id={`${id}-over`} className="error">
                  {value.length.toLocaleString()} characters; keep this section under {SECTION_LIMIT.toLocaleString()}.
                </p>
              )}
            </div>
          );
        })}
        <FormMessage>{message?.error ? message.text : ''}</FormMessage>
        <div className="actions">
          <Button type="submit" variant="primary" isDisabled={busy}>
            Save safety plan
          </Button>
          <Button onPress={onCancel}>
            Cancel
          </Button>
        </div>
      </PrivateForm>
    </>
  );
}
