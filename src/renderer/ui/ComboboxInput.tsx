import type { KeyboardEvent, Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The id of the listbox the field controls. */
  listId: string;
  /** The option the arrow keys have reached; focus stays in the field (aria-activedescendant). */
  activeId?: string;
  expanded: boolean;
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A text field that drives a list of suggestions: the ARIA combobox pattern
 * with focus kept in the field. Plain DOM on purpose: it re-renders on every
 * keystroke, and search as you type must paint within a frame or two.
 */
export function ComboboxInput({ id, label, value, onChange, onKeyDown, listId, activeId, expanded, description, inputRef }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="ui-field ui-field-full">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        aria-describedby={description ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {description && (
        <span id={hintId} className="ui-field-hint">
          {description}
        </span>
      )}
    </div>
  );
}
