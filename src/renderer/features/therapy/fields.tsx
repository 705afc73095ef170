import type { Ref } from 'react';
import { Checkbox as AriaCheckbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { DateField as KitDateField, TimeField as KitTimeField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import { NumberField as KitNumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { TextField as KitTextField } from '../../ui/TextField';
import styles from './therapy.module.css';

/*
 * The therapy forms' fields, as thin wrappers over the kit (src/renderer/ui) so
 * the many homework forms keep their short value/onChange calls while the
 * behaviour (labels, hints read with the field, focus ring) is the kit's.
 */

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** The schema's message for this field, shown under it and announced. */
  error?: string;
  /** For react-hook-form's Controller (field.ref), so setFocus and focus-on-error reach the input. */
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ label, value, onChange, hint, error, maxLength, inputRef }: FieldProps & { maxLength?: number }) {
  return <KitTextField className={styles.field} label={label} value={value} onChange={onChange} description={hint} errorMessage={error} maxLength={maxLength} inputRef={inputRef} />;
}

export function TextArea({ label, value, onChange, hint, error, rows = 3 }: FieldProps & { rows?: number }) {
  return <KitTextField className={`${styles.field} th-field-wide`} multiline rows={rows} label={label} value={value} onChange={onChange} description={hint} errorMessage={error} />;
}

/** A whole number typed as text and read by the schema, which says what is wrong instead of clamping (ui/NumberField). */
export function NumberField({ label, value, onChange, hint, error, inputRef }: FieldProps & { min: number; max: number }) {
  return <KitNumberField className={`${styles.field} ${styles.fieldNumber}`} label={label} value={value} onChange={onChange} description={hint} errorMessage={error} inputRef={inputRef} />;
}

/** A day (yyyy-MM-dd) on the kit's DatePicker, or with type="time" a time (HH:mm) on its TimeField. */
export function DateField({ label, value, onChange, hint, error, inputRef, type = 'date' }: FieldProps & { type?: 'date' | 'time' }) {
  const Field = type === 'time' ? KitTimeField : KitDateField;
  return <Field className={`${styles.field} ${styles.fieldDate}`} label={label} value={value} onChange={onChange} description={hint} errorMessage={error} inputRef={inputRef} />;
}

/** The kit Select's key for "none chosen" (an empty value): react-aria keys are better not empty. */
const NONE = '-';

/**
 * One choice from a list, on the kit's Select (a button that opens a list; type-ahead,
 * arrows, Enter). `choices` may include an empty value ("Not said", "Choose a step…").
 */
export function SelectField({
  label,
  value,
  onChange,
  hint,
  error,
  choices,
  inputRef,
}: Omit<FieldProps, 'inputRef'> & { choices: readonly { value: string; label: string }[]; inputRef?: Ref<HTMLButtonElement> }) {
  return (
    <Select
      className={styles.field}
      label={label}
      choices={choices.map((c) => ({ id: c.value || NONE, label: c.label }))}
      value={value || NONE}
      onChange={(id) => onChange(id === NONE ? '' : id)}
      description={hint}
      errorMessage={error}
      buttonRef={inputRef}
    />
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Checkbox isSelected={checked} onChange={onChange}>
      {label}
    </Checkbox>
  );
}

/** Where a form's or a list's problem is announced; empty until there is one. */
export function ErrorLine({ error }: { error: string }) {
  return <FormMessage>{error}</FormMessage>;
}

/** A labelled block of the user's text, shown as typed (never as markup). */
export function Labelled({ term, text }: { term: string; text: string }) {
  return (
    <div className={styles.labelled}>
      <strong>{term}</strong>
      <p className={styles.plainText}>{text}</p>
    </div>
  );
}

/** Submit (add or save changes) and, while editing, Cancel. */
export function FormActions({ busy, editing, addLabel, onCancel }: { busy: boolean; editing: unknown; addLabel: string; onCancel?: () => void }) {
  return (
    <div className="actions">
      <Button type="submit" variant="primary" isDisabled={busy}>
        {editing ? 'Save changes' : addLabel}
      </Button>
      {editing && onCancel ? <Button onPress={onCancel}>Cancel</Button> : null}
    </div>
  );
}

/** Edit (or Open) and Delete for one card; both name the card for screen readers. */
export function CardActions({ label, onEdit, editText = 'Edit', onDelete }: { label: string; onEdit?: () => void; editText?: string; onDelete: () => void }) {
  return (
    <div className={styles.cardActions}>
      {onEdit ? (
        <Button onPress={onEdit} aria-label={`${editText} ${label}`}>
          {editText}
        </Button>
      ) : null}
      <Button variant="quiet" onPress={onDelete} aria-label={`Delete ${label}`}>
        Delete
      </Button>
    </div>
  );
}

/**
 * A question answered by picking one option, with no option picked until the
 * person picks one (for answers that must never carry over, such as
 * "Ritual resisted"). react-aria's radio group: arrow keys move and choose.
 */
export function RadioChoice<T extends string>({
  legend,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  legend: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
  /** The schema's message for this question: the group is marked invalid and described by it. */
  error?: string;
}) {
  return (
    <RadioGroup
      value={value === '' ? null : value}
      onChange={(v) => onChange(v as T)}
      orientation="horizontal"
      className={`choice-group ${styles.choice}`}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="choice-group-label">{legend}</Label>
      <div className="choice-group-options">
        {options.map((o) => (
          <Radio key={o.value} value={o.value} className="choice-group-option">
            {o.label}
          </Radio>
        ))}
      </div>
      {hint ? (
        <Text slot="description" className="ui-field-hint">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" className="ui-field-error" role="alert">
          {error}
        </Text>
      ) : null}
    </RadioGroup>
  );
}

/** Pick any number from a known list (thinking traps, rituals): chips, not typing. */
export function ChipChecklist<T extends string>({
  legend,
  selected,
  options,
  onChange,
  hint,
}: {
  legend: string;
  selected: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange: (selected: T[]) => void;
  hint?: string;
}) {
  // Kept in the options' order, whatever order they were ticked in.
  const change = (picked: string[]) => onChange(options.map((o) => o.value).filter((v) => picked.includes(v)));
  return (
    <CheckboxGroup value={[...selected]} onChange={change} className={`chip-group ${styles.chips}`}>
      <Label className="chip-group-label">{legend}</Label>
      {hint ? (
        <Text slot="description" className="ui-field-hint">
          {hint}
        </Text>
      ) : null}
      <div className="chips">
        {options.map((o) => (
          <AriaCheckbox key={o.value} value={o.value} className="chip">
            {o.label}
          </AriaCheckbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
