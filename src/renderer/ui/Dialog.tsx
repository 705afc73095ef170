import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

interface DialogProps {
  /** The dialog's heading; or pass labelledBy when the content has its own heading. */
  title?: string;
  labelledBy?: string;
  onClose: () => void;
  children: ReactNode;
  size?: 'medium' | 'wide';
  /** A class on the modal box, for a dialog whose layout is its own (a fixed title and actions around a scrolling middle). */
  className?: string;
}

/**
 * A modal dialog: focus moves in and stays inside, Escape closes it, focus
 * returns to where it was, and the page behind is inert.
 */
export function Dialog({ title, labelledBy, onClose, children, size = 'medium', className }: DialogProps) {
  return (
    <ModalOverlay isOpen isDismissable={false} isKeyboardDismissDisabled={false} onOpenChange={(open) => !open && onClose()} className="ui-overlay">
      <Modal className={['ui-modal', `ui-modal-${size}`, className].filter(Boolean).join(' ')}>
        <AriaDialog className="ui-dialog" aria-labelledby={labelledBy}>
          {title && (
            <Heading slot="title" className="ui-dialog-title">
              {title}
            </Heading>
          )}
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

interface AlertDialogProps {
  title: string;
  children: ReactNode;
  /** Names the action, e.g. "Delete 3 entries" — never "OK" (DESIGN.md, Apple HIG). */
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question that needs an answer before anything else; focus starts on the safe choice. */
export function AlertDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', destructive, onConfirm, onClose }: AlertDialogProps) {
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} className="ui-overlay">
      <Modal className="ui-modal ui-modal-medium">
        <AriaDialog role="alertdialog" className="ui-dialog">
          <Heading slot="title" className="ui-dialog-title">
            {title}
          </Heading>
          <div className="ui-dialog-body">{children}</div>
          <div className="ui-dialog-actions">
            <Button autoFocus onPress={onClose}>
              {cancelLabel}
            </Button>
            <Button
              variant={destructive ? 'danger' : 'primary'}
              onPress={() => {
                onConfirm();
                onClose();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
