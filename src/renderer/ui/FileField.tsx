import { useId } from 'react';
import './FileField.css';

interface Props {
  label: string;
  /** File types offered first in the system's picker (the input's accept). */
  accept?: string;
  onChoose: (file: File) => void;
  isDisabled?: boolean;
  /** Cairn's own message about the chosen file; shown under the field and read with it. */
  errorMessage?: string;
  /** A stable id, for the specs that hand a file over the way the system picker would. */
  id?: string;
}

/**
 * Choose one file: the browser's own file input, labelled by the kit. It is
 * keyboard-operable, names the chosen file, and (unlike a button that opens a
 * hidden input) stays one labelled control a screen reader can find.
 */
export function FileField({ label, accept, onChoose, isDisabled, errorMessage, id }: Props) {
  const own = useId();
  const inputId = id ?? own;
  const errorId = `${inputId}-error`;
  return (
    <div className="ui-field ui-file-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        disabled={isDisabled}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={errorMessage ? errorId : undefined}
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          if (chosen) onChoose(chosen);
        }}
      />
      {errorMessage && (
        <span id={errorId} className="ui-field-error" role="alert">
          {errorMessage}
        </span>
      )}
    </div>
  );
}
