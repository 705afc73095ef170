import { useId, useRef, type KeyboardEvent, type Ref } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { ratingForKey, type LastDigit } from './rating-keys';

export interface RatingScaleProps {
  label: string;
  /** Form field name; also how a form finds the scale to focus it. */
  name: string;
  min: number;
  max: number;
  /** The words at each end, e.g. "lowest" and "best". */
  anchors: readonly [string, string];
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  errorMessage?: string;
  /** The first choice's input, for focusing the scale when a dialog opens. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A 0–10 (or 1–5) rating as a segmented control: one click, one digit key
 * ("1" then "0" for 10), arrow keys, Backspace clears. Not rated is allowed:
 * no segment is chosen until the person chooses.
 */
export function RatingScale({ label, name, min, max, anchors, value, onChange, errorMessage, inputRef }: RatingScaleProps) {
  const id = useId();
  const last = useRef<LastDigit | null>(null);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const rootRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const now = Date.now();
    const result = ratingForKey(event.key, { min, max }, last.current, now);
    last.current = /^[0-9]$/.test(event.key) ? { digit: event.key, at: now } : null;
    if (!result) return;
    event.preventDefault();
    onChange(result.value);
    // Focus follows the value, as it does with the arrow keys.
    if (result.value !== undefined) rootRef.current?.querySelector<HTMLInputElement>(`input[value="${result.value}"]`)?.focus();
  };

  return (
    <div className="rating-scale" ref={rootRef} onKeyDown={onKeyDown}>
      <RadioGroup
        name={name}
        orientation="horizontal"
        value={value === undefined ? null : String(value)}
        onChange={(v) => onChange(v === '' ? undefined : Number(v))}
        isInvalid={Boolean(errorMessage)}
        aria-describedby={`${id}-ends`}
      >
        <Label className="rating-scale-label">{label}</Label>
        <div className="rating-scale-segments">
          {values.map((v, i) => (
            <Radio key={v} value={String(v)} className="rating-scale-segment" inputRef={i === 0 ? inputRef : undefined}>
              {v}
            </Radio>
          ))}
        </div>
        {/* Read as the group's description; hidden from the reading order so it is not read twice. */}
        <div className="rating-scale-ends" id={`${id}-ends`} aria-hidden="true">
          <span>
            {min} {anchors[0]}
          </span>
          <span>
            {max} {anchors[1]}
          </span>
        </div>
        <FieldNotes errorMessage={errorMessage} />
      </RadioGroup>
    </div>
  );
}
