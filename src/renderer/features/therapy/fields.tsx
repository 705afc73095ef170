import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={id} className="th-field-hint muted">
      {hint}
    </p>
  ) : null;
}

export function TextField({ label, value, onChange, hint, maxLength }: FieldProps & { maxLength?: number }) {
  const id = useId();
  return (
    <div className="th-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} maxLength={maxLength} />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function TextArea({ label, value, onChange, hint, rows = 3 }: FieldProps & { rows?: number }) {
  const id = useId();
  return (
    <div className="th-field th-field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

/** Range attributes are for assistive technology and arrow keys; the form is noValidate so the schema's message shows. */
export function NumberField({ label, value, onChange, hint, min, max }: FieldProps & { min: number; max: number }) {
  const id = useId();
  return (
    <div className="th-field th-field-number">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function DateField({ label, value, onChange, hint, type = 'date' }: FieldProps & { type?: 'date' | 'time' }) {
  const id = useId();
  return (
    <div className="th-field th-field-date">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function SelectField({ label, value, onChange, hint, children }: FieldProps & { children: ReactNode }) {
  const id = useId();
  return (
    <div className="th-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** Where a form's or a list's problem is announced; empty until there is one. */
export function ErrorLine({ error }: { error: string }) {
  return (
    <p role="alert" className="error">
      {error}
    </p>
  );
}

/** A labelled block of the user's text, shown as typed (never as markup). */
export function Labelled({ term, text }: { term: string; text: string }) {
  return (
    <div className="th-labelled">
      <strong>{term}</strong>
      <p className="th-plain-text">{text}</p>
    </div>
  );
}

/** Submit (add or save changes) and, while editing, Cancel. */
export function FormActions({ busy, editing, addLabel, onCancel }: { busy: boolean; editing: unknown; addLabel: string; onCancel?: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {editing ? 'Save changes' : addLabel}
      </button>
      {editing && onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}

/** Edit (or Open) and Delete for one card; both name the card for screen readers. */
export function CardActions({ label, onEdit, editText = 'Edit', onDelete }: { label: string; onEdit?: () => void; editText?: string; onDelete: () => void }) {
  return (
    <div className="th-card-actions">
      {onEdit ? (
        <button type="button" onClick={onEdit} aria-label={`${editText} ${label}`}>
          {editText}
        </button>
      ) : null}
      <button type="button" onClick={onDelete} aria-label={`Delete ${label}`}>
        Delete
      </button>
    </div>
  );
}

/**
 * A question answered by picking one option, with no option picked until the
 * person picks one (for answers that must never carry over, such as
 * "Ritual resisted").
 */
export function RadioChoice<T extends string>({
  legend,
  value,
  options,
  onChange,
  hint,
}: {
  legend: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const name = useId();
  return (
    <fieldset className="th-choice" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      <div className="th-choice-options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      <Hint id={`${name}-hint`} hint={hint} />
    </fieldset>
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
  const id = useId();
  const toggle = (v: T, on: boolean) => onChange(options.map((o) => o.value).filter((x) => (x === v ? on : selected.includes(x))));
  return (
    <fieldset className="th-chips" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      <Hint id={`${id}-hint`} hint={hint} />
      <div className="th-chip-options">
        {options.map((o) => (
          <label key={o.value} className="th-chip">
            <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
