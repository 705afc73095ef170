import type { ComponentType } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField, TimeField } from './DateField';
import { NumberField } from './NumberField';
import { Select, type SelectChoice } from './Select';
import { TextField, type TextFieldProps } from './TextField';

const FIELDS: Record<'text' | 'number' | 'date' | 'time', ComponentType<TextFieldProps>> = {
  text: TextField,
  number: NumberField as ComponentType<TextFieldProps>,
  date: DateField as ComponentType<TextFieldProps>,
  time: TimeField as ComponentType<TextFieldProps>,
};

type Props<T extends FieldValues, R> = Omit<TextFieldProps, 'value' | 'onChange' | 'name' | 'errorMessage' | 'inputRef'> & {
  control: Control<T, unknown, R>;
  name: FieldPath<T>;
  /** Numbers are text here and read with shared/codec when the form is checked (a half-typed "0," is not lost). */
  kind?: keyof typeof FIELDS;
};

/**
 * A kit field bound to react-hook-form: it shows the message the zod resolver
 * put on its name, and hands its input to the form so a refused save focuses
 * the first field with a message.
 */
export function KitField<T extends FieldValues, R>({ control, name, kind = 'text', ...props }: Props<T, R>) {
  const Field = FIELDS[kind];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          name={field.name}
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

/** A kit Select bound to react-hook-form, as KitField. */
export function KitSelect<T extends FieldValues, R>({
  control,
  name,
  label,
  choices,
  className,
}: {
  control: Control<T, unknown, R>;
  name: FieldPath<T>;
  label: string;
  choices: readonly SelectChoice[];
  className?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          choices={choices}
          value={field.value as string}
          onChange={field.onChange}
          buttonRef={field.ref}
          errorMessage={fieldState.error?.message}
          className={className}
        />
      )}
    />
  );
}

/** A list of words as the Select's choices, each its own label. */
export const choicesOf = (words: readonly string[]): SelectChoice[] => words.map((w) => ({ id: w, label: w }));
