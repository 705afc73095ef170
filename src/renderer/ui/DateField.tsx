import { TextField, type TextFieldProps } from './TextField';

type Props = Omit<TextFieldProps, 'multiline' | 'rows' | 'size' | 'inputMode' | 'type' | 'max'> & {
  /** The first and last day that may be picked, as yyyy-MM-dd. */
  min?: string;
  max?: string;
};

/**
 * A calendar day, as yyyy-MM-dd text (read it with shared/codec/date's
 * parseDay). The browser's own date input, through the kit's labelled field:
 * it follows the system's date order and has its own accessible picker, and
 * the value it gives is the same plain text everywhere.
 */
export function DateField(props: Props) {
  return <TextField {...props} type="date" className={['ui-field-when', props.className].filter(Boolean).join(' ')} />;
}

/** A time of day, as HH:mm text (read it with shared/codec/date's parseTime); the browser's time input, labelled by the kit. */
export function TimeField(props: Omit<Props, 'min' | 'max'>) {
  return <TextField {...props} type="time" className={['ui-field-when', props.className].filter(Boolean).join(' ')} />;
}
