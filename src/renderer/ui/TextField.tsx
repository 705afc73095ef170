import { useId, type Ref } from 'react';
import { Input, Label, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'isInvalid'> {
  /** The visible label; leave it out only with an aria-label (a field whose button names it). */
  label?: string;
  /** A hint under the field, read with it. */
  description?: string;
  /** Cairn's own message for this field; shown under it and announced. */
  errorMessage?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  /** The input, or the textarea when multiline: react-hook-form focuses it when a save is refused on this field. */
  inputRef?: Ref<HTMLInputElement> | Ref<HTMLTextAreaElement>;
  /** Shorter fields for short answers (numbers, a tag). */
  size?: 'short' | 'full';
  /** For type="date": the first and last day that may be picked. */
  min?: string;
  max?: string;
  /** Suggestions to type from (the browser's own list under the field): the words to offer; the field still takes any text. */
  suggestions?: readonly string[];
}

/** A labelled text field; validation is the schema's, so the field only shows the message it is given. */
export function TextField({ label, description, errorMessage, multiline, rows = 3, placeholder, className, inputRef, size = 'full', min, max, suggestions, ...props }: TextFieldProps) {
  const listId = useId();
  return (
    // validationBehavior "aria": the message is Cairn's, not the browser's. With react-aria's default
    // ("native") an errorMessage made the input natively invalid, and the form would not submit again
    // once the person had corrected it (seen: a wrong passphrase, then the right one, did nothing).
    <AriaTextField validationBehavior="aria" {...props} isInvalid={Boolean(errorMessage)} className={['ui-field', `ui-field-${size}`, className].filter(Boolean).join(' ')}>
      {label && <Label>{label}</Label>}
      {multiline ? (
        <TextArea ref={inputRef as Ref<HTMLTextAreaElement>} rows={rows} placeholder={placeholder} />
      ) : (
        <Input ref={inputRef as Ref<HTMLInputElement>} placeholder={placeholder} min={min} max={max} list={suggestions ? listId : undefined} />
      )}
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <FieldNotes description={description} errorMessage={errorMessage} />
    </AriaTextField>
  );
}
