import type { Ref } from 'react';

interface Props {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  step?: number;
  /** The message for this field, shown under it and announced. */
  error: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A number typed rather than dragged: quicker by keyboard than a slider. Range
 * checks are the schema's (noValidate forms), so the message is Cairn's own.
 */
export function NumberField({ id, name, label, hint, value, onChange, min, max, step = 1, error, inputRef }: Props) {
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        ref={inputRef}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} role="alert" className="error field-error">
          {error}
        </span>
      )}
    </div>
  );
}
