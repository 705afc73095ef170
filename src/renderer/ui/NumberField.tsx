import { TextField, type TextFieldProps } from './TextField';

/**
 * A number typed as text and read with the one number codec (shared/number-codec),
 * not react-aria's NumberField: that one clamps out-of-range input silently on
 * blur, and Cairn says what is wrong instead ("a day has only 24").
 */
export function NumberField(props: Omit<TextFieldProps, 'multiline' | 'rows' | 'size' | 'inputMode'>) {
  return <TextField {...props} size="short" inputMode="decimal" />;
}
