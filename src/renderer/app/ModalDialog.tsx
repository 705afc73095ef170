import type { ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import './help-dialogs.css';

/** A help dialog (shortcuts, About) on the kit's Dialog: focus moves in and is kept there, Esc closes, focus returns to where it was. */
export function ModalDialog({ titleId, title, onClose, children }: { titleId: string; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="help-dialog">
      <h2 id={titleId}>{title}</h2>
      <div className="help-dialog-body">{children}</div>
      <div className="help-dialog-actions">
        {/* Focus starts on Close, not on the scrolling list, so Enter or Esc leaves at once. */}
        <Button variant="primary" autoFocus onPress={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
