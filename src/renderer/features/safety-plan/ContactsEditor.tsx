import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { TextField } from '../../ui/TextField';
import { pasteWithin } from '../../ui/paste-limit';
import { useOfferUndo } from '../../ui/UndoProvider';
import { CONTACT_LIMITS, type PlanFormValues } from './plan-form';
import styles from './safety-plan.module.css';

type Section = 'peopleToAsk' | 'professionals';
type Part = keyof typeof CONTACT_LIMITS;

const PARTS: readonly { part: Part; label: string; type?: string }[] = [
  { part: 'name', label: 'Name' },
  { part: 'phone', label: 'Phone', type: 'tel' },
  { part: 'note', label: 'Note (optional)' },
];

interface Props {
  form: UseFormReturn<PlanFormValues>;
  section: Section;
  /** "Person" or "Contact": each row is announced as "Person 2" and so on. */
  noun: string;
}

/** Rows of name, phone and note the user types in (one field array of the plan form). Nothing here dials or sends. */
export function ContactsEditor({ form, section, noun }: Props) {
  const { control, getValues, setError, clearErrors, formState } = form;
  const { fields, append, remove, insert } = useFieldArray({ control, name: section });
  const offerUndo = useOfferUndo();
  const sectionMessage = formState.errors[section]?.root?.message;

  const removeRow = (index: number) => {
    // The row as typed now (the field array's own copy is the one it was added with).
    const removed = getValues(`${section}.${index}`);
    remove(index);
    if (!removed) return;
    offerUndo({ message: 'Contact removed.', undo: () => insert(index, removed, { shouldFocus: false }) });
  };

  return (
    <>
      {fields.map((row, index) => (
        <fieldset key={row.id} className={styles.contactRow}>
          <legend>
            {noun} {index + 1}
          </legend>
          {PARTS.map(({ part, label, type }) => {
            const name = `${section}.${index}.${part}` as const;
            return (
              <Controller
                key={part}
                control={control}
                name={name}
                render={({ field, fieldState }) => (
                  <TextField
                    label={label}
                    type={type}
                    name={field.name}
                    value={field.value}
                    onChange={(value) => {
                      clearErrors(name);
                      field.onChange(value);
                    }}
                    onBlur={field.onBlur}
                    onPaste={pasteWithin(CONTACT_LIMITS[part], (message) => setError(name, { type: 'paste', message }))}
                    inputRef={field.ref}
                    errorMessage={fieldState.error?.message}
                  />
                )}
              />
            );
          })}
          <Button className="link" onPress={() => removeRow(index)} aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}>
            Remove
          </Button>
        </fieldset>
      ))}
      {sectionMessage && <FormMessage>{sectionMessage}</FormMessage>}
      <Button onPress={() => append({ name: '', phone: '', note: '' })}>Add {noun === 'Person' ? 'a person' : 'a contact'}</Button>
    </>
  );
}
