import { useCallback, useState, type FormEvent } from 'react';
import { SAFETY_PLAN_SECTIONS, type CrisisContact, type SafetyPlanSectionKey } from '../../../shared/domain/safety-plan';
import { PrivateForm } from '../../ui/PrivateForm';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { ContactsEditor, type DraftContact } from './ContactsEditor';
import { CRISIS_EXAMPLES, SECTION_HINTS } from './crisis-examples';
import { EMPTY_PLAN, useSafetyPlan, type SafetyPlanFields } from './useSafetyPlan';
import './safety-plan.css';

const SECTION_LIMIT = 5_000;

type Draft = Omit<SafetyPlanFields, 'peopleToAsk' | 'professionals'> & {
  peopleToAsk: DraftContact[];
  professionals: DraftContact[];
};

const withKeys = (contacts: readonly CrisisContact[]): DraftContact[] =>
  contacts.map((c) => ({ ...c, key: crypto.randomUUID() }));

/** Rows left completely empty are dropped; anything typed is kept and validated. */
const toStored = (contacts: DraftContact[]): CrisisContact[] =>
  contacts
    .map(({ name, phone, note }) => ({ name: name.trim(), phone: phone.trim(), note: note.trim() }))
    .filter((c) => c.name || c.phone || c.note);

export function SafetyPlanPage() {
  const [stored, save] = useSafetyPlan();
  const [draft, setDraft] = useState<Draft>(() => {
    const from = stored ?? EMPTY_PLAN;
    return { ...from, peopleToAsk: withKeys(from.peopleToAsk), professionals: withKeys(from.professionals) };
  });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const closeOffer = useCallback(() => setOffer(null), []);

  const change = <K extends SafetyPlanSectionKey>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };

  const removeContact = (key: 'peopleToAsk' | 'professionals', index: number) => {
    const removed = draft[key][index];
    if (!removed) return;
    change(key, draft[key].filter((_, i) => i !== index));
    setOffer({
      message: 'Contact removed.',
      undo: () => setDraft((d) => ({ ...d, [key]: [...d[key].slice(0, index), removed, ...d[key].slice(index)] })),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await save({ ...draft, peopleToAsk: toStored(draft.peopleToAsk), professionals: toStored(draft.professionals) });
      setMessage({ text: 'Your safety plan is saved.', error: false });
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="page-title" className="page safety-plan-page">
      <h1 id="page-title">Safety plan</h1>
      <p className="lead">
        A plan for hard moments, in your own words. It is stored encrypted on this computer and opens from every screen
        with Ctrl+Shift+S (⇧⌘S on a Mac).
      </p>
      <p className="plan-notice">Cairn is private and nobody monitors it, so it cannot send help.</p>
      <PrivateForm onSubmit={submit} aria-labelledby="page-title">
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
                    Examples of local emergency numbers:{' '}
                    {CRISIS_EXAMPLES.map((e) => `${e.number} (${e.where})`).join(', ')}. Add the ones that apply where
                    you live. Cairn never dials or sends anything.
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
        <p role="alert" className="error">
          {message?.error ? message.text : ''}
        </p>
        <p role="status" className="saved">
          {message && !message.error ? message.text : ''}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          Save safety plan
        </button>
      </PrivateForm>
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
