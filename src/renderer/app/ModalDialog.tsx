import { useEffect, useRef, type ReactNode } from 'react';
import './help-dialogs.css';

/** A native modal <dialog>: focus moves in and is kept there, Esc closes, focus returns to where it was. */
export function ModalDialog({ titleId, title, onClose, children }: { titleId: string; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <div className="help-dialog-body">{children}</div>
      <form method="dialog" className="help-dialog-actions">
        {/* Focus starts on Close, not on the scrolling list, so Enter or Esc leaves at once. */}
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
