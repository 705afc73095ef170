import { useMemo } from 'react';
import { parseTime, type Time } from '@internationalized/date';
import { DateInput, DateSegment, I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { currentLocale } from '../../shared/time';
import { leaveHalfEmptied, useFirstSegmentFocus, type WhenFieldProps } from './DateField';

/** Stored HH:mm text to react-aria's time; anything else shows as an empty field. */
export function timeValue(text: string | undefined): Time | null {
  if (!text) return null;
  try {
    return parseTime(text);
  } catch {
    return null;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** react-aria's time back to the stored HH:mm (its own toString adds seconds). */
export const timeText = (time: Time): string => `${two(time.hour)}:${two(time.minute)}`;

/**
 * A time of day, as HH:mm text ('' when empty; read it with shared/codec/date's
 * parseTime), on react-aria's TimeField: hour and minute segments (and AM/PM
 * where the locale uses it) typed or stepped with the arrows, in the same
 * two-digit form shared/time shows times in.
 */
export function TimeField({ label, description, errorMessage, isInvalid, value, onChange, onBlur, className, inputRef, ...rest }: WhenFieldProps) {
  const time = useMemo(() => timeValue(value), [value]); // one object per value: react-aria resets typed segments when it gets a new one
  const group = useFirstSegmentFocus(inputRef);
  return (
    <I18nProvider locale={currentLocale()}>
      <AriaTimeField
        {...rest}
        className={['ui-field', 'ui-when', className].filter(Boolean).join(' ')}
        value={time}
        onChange={(next) => onChange(next ? timeText(next) : '')}
        onBlur={() => leaveHalfEmptied(group.current, value, onChange, onBlur)}
        shouldForceLeadingZeros
        validationBehavior="aria"
        isInvalid={Boolean(errorMessage) || isInvalid || undefined}
      >
        {label && <Label>{label}</Label>}
        {/* No button beside it, so the segments are the group itself (a second group would say the label twice). */}
        <DateInput ref={group} className="ui-when-group ui-when-time">
          {(segment) => <DateSegment segment={segment} className="ui-when-segment" />}
        </DateInput>
        <FieldNotes description={description} errorMessage={errorMessage} />
      </AriaTimeField>
    </I18nProvider>
  );
}
