import type { ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import styles from './help-dialogs.module.css';

/** A help dialog (shortcuts, About) on the kit's Dialog: focus moves in and is kept there, Esc closes, focus returns to where it was. */
export function ModalDialog({ titleId, title, onClose, children }: { titleId: string; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className={styles.helpDialog}>
      <h2 id={titleId}>{title}</h2>
      <div className={styles.helpDialogBody}>{children}</div>
      <div className={styles.helpDialogActions}>
        {/* Focus starts on Close, not on the scrolling list, so Enter or Esc leaves at once. */}
        <Button variant="primary" autoFocus onPress={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
