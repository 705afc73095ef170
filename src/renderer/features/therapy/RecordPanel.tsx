import { useState, type ReactNode } from 'react';
import type { AnyRecord } from '../../../shared/domain';
import { useRecordActions } from '../../db/useRecordActions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Which panel is open over a list: a new record, or one record by id. */
type Open = { kind: 'new' } | { kind: 'record'; id: string } | null;

/**
 * The list side of "each record opens in a panel": which panel is open, and
 * delete with Undo (useRecordActions) from the list's cards. The open record
 * is looked up in the live list, so the panel shows each save at once and
 * closes by itself if the record is deleted meanwhile.
 */
export function usePanelList<R extends { id: string }>(records: readonly R[]) {
  const [open, setOpen] = useState<Open>(null);
  const { remove, error } = useRecordActions();
  return {
    isNew: open?.kind === 'new',
    opened: open?.kind === 'record' ? records.find((r) => r.id === open.id) : undefined,
    openNew: () => setOpen({ kind: 'new' }),
    openRecord: (id: string) => setOpen({ kind: 'record', id }),
    close: () => setOpen(null),
    remove: (id: string, message: string) => void remove([id], message),
    /** A failed delete's reason, for the list's error line. */
    error,
  };
}

/** What a panel hands the form inside it. */
export interface PanelSave<R> {
  /** Saves the record; true once stored (the form then resets to what was saved). */
  onSave: (record: R) => Promise<boolean>;
  busy: boolean;
  /** A failed save's reason, shown under the form. */
  error: string;
  /** Says something in the panel's status line ("Check-in added."), for edits made inside the panel. */
  announce: (message: string) => void;
}

interface Props<R> {
  title: string;
  /** True while adding a record: the panel closes once it is saved, so it is seen in the list. */
  isNew: boolean;
  onClose: () => void;
  children: (save: PanelSave<R>) => ReactNode;
}

/**
 * One record in a panel over its list (the kit's Dialog: Escape or Close puts
 * focus back on the list item that opened it). A new record closes the panel
 * once saved; an open one stays open after "Save changes", with a word that it
 * was saved, for reading on.
 */
export function RecordPanel<R extends AnyRecord>({ title, isNew, onClose, children }: Props<R>) {
  const { save, error, busy } = useRecordActions();
  const [status, setStatus] = useState('');

  const onSave = async (record: R) => {
    setStatus('');
    if (!(await save([record]))) return false;
    if (isNew) onClose();
    else setStatus('Changes saved.');
    return true;
  };

  return (
    <Dialog title={title} onClose={onClose} size="wide">
      {children({ onSave, busy, error, announce: setStatus })}
      <p role="status" className="th-saved muted">
        {status}
      </p>
    </Dialog>
  );
}

/** A panel form's buttons: add or save, and Close (nothing changed) or Cancel (changes would be dropped). */
export function PanelActions({ editing, dirty, addLabel, onCancel }: { editing: boolean; dirty: boolean; addLabel: string; onCancel: () => void }) {
  // The submit button stays enabled while saving: a disabled button drops focus out of the panel, and Escape with it.
  return (
    <div className="actions">
      <Button type="submit" variant="primary">
        {editing ? 'Save changes' : addLabel}
      </Button>
      <Button variant="quiet" onPress={onCancel}>
        {editing && !dirty ? 'Close' : 'Cancel'}
      </Button>
    </div>
  );
}
