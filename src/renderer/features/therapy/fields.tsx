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
