import { useEffect, useRef } from 'react';
import './checkin.css';
import { CheckinForm } from './CheckinForm';

interface Props {
  day: string;
  onSaved: (day: string) => void;
  onClose: () => void;
}

/**
 * A modal dialog: focus starts on Mood, stays inside until it closes (Escape
 * closes it), and the page behind is inert.
 */
export function CheckinDialog({ day, onSaved, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    firstField.current?.focus();
    // No close() on cleanup: removing the element ends the modal state, and a
    // close event fired from cleanup would close the next dialog too.
  }, []);

  return (
    <dialog ref={dialogRef} className="checkin-dialog" aria-labelledby="checkin-title" onClose={onClose}>
      <CheckinForm key={day} day={day} onSaved={onSaved} onCancel={onClose} firstFieldRef={firstField} />
    </dialog>
  );
}
