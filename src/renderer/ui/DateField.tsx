import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { CalendarDays } from 'lucide-react';
import { Button, DateInput, DatePicker, DateSegment, Group, I18nProvider, Label, Popover, Dialog } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { currentLocale, formatDate } from '../../shared/time';
import { DayCalendar } from './DayCalendar';
import './DateField.css';

/** What a form needs of a date or time field to put the cursor in it: react-hook-form calls focus() on a refused field. */
export interface FocusHandle {
  focus(): void;
}

export interface WhenFieldProps {
  /** The visible label; leave it out only with an aria-label (a row whose text names the field). */
  label?: string;
  'aria-label'?: string;
  /** A hint under the field, read with it. */
  description?: string;
  /** Cairn's own message for this field; shown under it and announced. */
  errorMessage?: string;
  /** Marked as wrong without a message of its own (a pair of fields whose one message is elsewhere). */
  isInvalid?: boolean;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  /** On the field's group; focusField(id) puts the cursor in its first segment. */
  id?: string;
  className?: string;
  isDisabled?: boolean;
  autoFocus?: boolean;
  /** Focuses the first segment: react-hook-form's field.ref, so a refused save puts the cursor here. */
  inputRef?: Ref<FocusHandle>;
}

export interface DateFieldProps extends WhenFieldProps {
  /** The first and last day that may be picked, as yyyy-MM-dd. */
  min?: string;
  max?: string;
}

/** Stored day text to react-aria's date; anything that is not a whole yyyy-MM-dd day shows as an empty field. */
export function dayValue(text: string | undefined): CalendarDate | null {
  if (!text) return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/** The ref react-hook-form holds: focusing it puts the cursor in the field's first segment (a group itself takes no focus). */
export function useFirstSegmentFocus(inputRef: Ref<FocusHandle> | undefined) {
  const group = useRef<HTMLDivElement>(null);
  useImperativeHandle(inputRef, () => ({ focus: () => group.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() }), []);
  return group;
}

/**
 * What leaving a field does: when some of its segments were emptied and not
 * typed again, react-aria keeps the old value under the half-shown one, and a
 * save would store a day the field no longer shows. Cairn empties the value
 * instead, so what is saved is what is shown (a form that needs a day says so).
 */
export function leaveHalfEmptied(group: HTMLElement | null, value: string, onChange: (value: string) => void, onBlur: (() => void) | undefined): void {
  if (value && group?.querySelector('[role="spinbutton"][data-placeholder]')) onChange('');
  onBlur?.();
}

/**
 * A calendar day, as yyyy-MM-dd text ('' when empty; read it with
 * shared/codec/date's parseDay), on react-aria's DatePicker: the day is typed
 * segment by segment in the person's locale (the order and separators of
 * shared/time's dates), or picked from a calendar (the button, or Alt+Down;
 * Escape closes it and keeps the day). Days outside min/max cannot be picked
 * from the calendar; a typed one is kept, marked and said to be out of range. The value handed to
 * the form stays plain text, so no schema changes with the field.
 */
export function DateField({ label, description, errorMessage, isInvalid, value, onChange, onBlur, className, inputRef, min, max, ...rest }: DateFieldProps) {
  const day = useMemo(() => dayValue(value), [value]); // one object per value: react-aria resets typed segments when it gets a new one
  const minValue = useMemo(() => dayValue(min), [min]);
  const maxValue = useMemo(() => dayValue(max), [max]);
  const group = useFirstSegmentFocus(inputRef);
  // A typed day outside min/max (the calendar offers none) is kept, marked and said in Cairn's words; the form's own message comes first.
  const rangeProblem = day && minValue && day.compare(minValue) < 0 ? `Choose ${formatDate(minValue.toString())} or later.` : day && maxValue && day.compare(maxValue) > 0 ? `Choose ${formatDate(maxValue.toString())} or earlier.` : undefined;
  return (
    <I18nProvider locale={currentLocale()}>
      <DatePicker
        {...rest}
        className={['ui-field', 'ui-when', className].filter(Boolean).join(' ')}
        value={day}
        onChange={(next) => onChange(next ? next.toString() : '')}
        onBlur={() => leaveHalfEmptied(group.current, value, onChange, onBlur)}
        minValue={minValue}
        maxValue={maxValue}
        shouldForceLeadingZeros
        // "aria": Cairn's schema decides whether a form may be saved; the browser never blocks a submit.
        validationBehavior="aria"
        isInvalid={Boolean(errorMessage ?? rangeProblem) || isInvalid || undefined}
      >
        {label && <Label>{label}</Label>}
        <Group ref={group} className="ui-when-group">
          <DateInput className="ui-when-input">{(segment) => <DateSegment segment={segment} className="ui-when-segment" />}</DateInput>
          <Button className="ui-when-button">
            <CalendarDays aria-hidden size={18} strokeWidth={2} />
          </Button>
        </Group>
        <FieldNotes description={description} errorMessage={errorMessage ?? rangeProblem} />
        <Popover className="ui-when-popover" placement="bottom start">
          <Dialog className="ui-when-dialog">
            <DayCalendar />
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

export { TimeField } from './TimeField';
