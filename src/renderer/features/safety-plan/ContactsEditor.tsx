import type { CrisisContact } from '../../../shared/domain/safety-plan';
import { newId } from '../../db/record-stamp';

export interface DraftContact extends CrisisContact {
  /** Only for React lists; never stored. */
  key: string;
}

interface Props {
  idPrefix: string;
  /** "Person" or "Contact": each row is announced as "Person 2" and so on. */
  noun: string;
  contacts: readonly DraftContact[];
  onChange: (contacts: DraftContact[]) => void;
  onRemove: (index: number) => void;
}

/** Rows of name, phone and note the user types in. Nothing here dials or sends. */
export function ContactsEditor({ idPrefix, noun, contacts, onChange, onRemove }: Props) {
  const update = (index: number, change: Partial<CrisisContact>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...change } : c)));

  return (
    <>
      {contacts.map((contact, index) => {
        const id = `${idPrefix}-${contact.key}`;
        return (
          <fieldset key={contact.key} className="contact-row">
            <legend>
              {noun} {index + 1}
            </legend>
            <div>
              <label htmlFor={`${id}-name`}>Name</label>
              <input id={`${id}-name`} value={contact.name} onChange={(e) => update(index, { name: e.target.value })} />
            </div>
            <div>
              <label htmlFor={`${id}-phone`}>Phone</label>
              <input
                id={`${id}-phone`}
                type="tel"
                value={contact.phone}
                onChange={(e) => update(index, { phone: e.target.value })}
              />
            </div>
            <div>
              <label htmlFor={`${id}-note`}>Note (optional)</label>
              <input id={`${id}-note`} value={contact.note} onChange={(e) => update(index, { note: e.target.value })} />
            </div>
            <button type="button" className="link" onClick={() => onRemove(index)} aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}>
              Remove
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...contacts, { key: newId(), name: '', phone: '', note: '' }])}
      >
        Add {noun === 'Person' ? 'a person' : 'a contact'}
      </button>
    </>
  );
}
