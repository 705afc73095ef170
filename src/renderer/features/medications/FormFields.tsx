import { Checkbox, FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField } from '../../ui/DateField';
import styles from './medications.module.css';

/*
 * react-aria-components fields bound to react-hook-form: the label, the
 * description and the field's own message are tied to the input for screen
 * readers, and keyboard use is react-aria's.
 */

interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}

export function TextInput<T extends FieldValues>({
  control,
  name,
  label,
  description,
  inputMode,
}: FieldProps<T> & { description?: string; inputMode?: 'decimal' | 'numeric' | 'text' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className={styles.racField}
          name={field.name}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          inputMode={inputMode}
        >
          <Label>{label}</Label>
          <Input ref={field.ref} />
          {description && (
            <Text slot="description" className={`muted ${styles.hint}`}>
              {description}
            </Text>
          )}
          <FieldError className="error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}

/** A day (yyyy-MM-dd text) on the kit's DatePicker, bound like TextInput: a refused save focuses its first segment. */
export function DayInput<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          className={styles.racField}
          name={field.name}
          label={label}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          errorMessage={fieldState.error?.message}
        />
      )}
    />
  );
}

export function Choice<T extends FieldValues>({ control, name, label, options }: FieldProps<T> & { options: readonly { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup className={styles.racChoice} value={field.value as string} onChange={field.onChange} name={field.name}>
          <Label>{label}</Label>
          <div className={styles.racChoiceOptions}>
            {options.map((o) => (
              <Radio key={o.value} value={o.value} className={styles.racRadio}>
                {o.label}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      )}
    />
  );
}

export function Tick<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox className={styles.racCheckbox} isSelected={field.value as boolean} onChange={field.onChange} name={field.name}>
          {label}
        </Checkbox>
      )}
    />
  );
}
