import { useEffect, useId, useState, type ReactNode } from 'react';
import type { AnyRecord } from '../../../shared/domain';
import { useRecordActions } from '../../db/useRecordActions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import styles from './therapy.module.css';

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
  const headingId = useId();
  // What opened the record's panel (the element focused then), and which record: set when the panel closes.
  const [opener, setOpener] = useState<Element | null>(null);
  const [closed, setClosed] = useState<{ id: string; opener: Element | null } | null>(null);
  // A record whose edit moved it to another page of the list (a goal marked achieved sorts later) takes its
  // card, and the button that opened the panel, off screen: the Dialog's own focus return then finds nothing
  // and focus falls to the page's body. So once the panel has gone, if its opener is gone too: focus the
  // record's card (its first button) if it is on this page, else the list's heading. A passive effect: the
  // modal makes the page behind it inert until its own passive cleanup, which React runs before this (a
  // layout effect's focus() did nothing). Should the panel ever animate out, this waits for its overlay to
  // be removed. An opener still on the page gets focus back from the Dialog as before.
  useEffect(() => {
    if (!closed || closed.opener?.isConnected) return;
    const land = () => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const card = document.querySelector(`[data-record-id="${CSS.escape(closed.id)}"]`);
      (card?.querySelector<HTMLElement>('button') ?? document.getElementById(headingId))?.focus();
    };
    const panelGone = () => !document.querySelector('.ui-overlay');
    if (panelGone()) return land();
    const watch = new MutationObserver(() => {
      if (!panelGone()) return;
      watch.disconnect();
      land();
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [closed, headingId]);
  return {
    isNew: open?.kind === 'new',
    opened: open?.kind === 'record' ? records.find((r) => r.id === open.id) : undefined,
    openNew: () => setOpen({ kind: 'new' }),
    openRecord: (id: string) => {
      // Not the page's body: a mouse press may not have focused the button yet, and the body never leaves.
      setOpener(document.activeElement === document.body ? null : document.activeElement);
      setOpen({ kind: 'record', id });
    },
    close: () => {
      if (open?.kind === 'record') setClosed({ id: open.id, opener });
      setOpen(null);
    },
    /** The id for the list's heading (ListHeading): focus goes there when a record's card has left the page. */
    headingId,
    remove: (id: string, message: string) => {
      const land = focusAfterRemoval(id, headingId);
      void remove([id], message).then((removed) => removed && land());
    },
    /** A failed delete's reason, for the list's error line. */
    error,
  };
}

/**
 * The heading of a list of records, focusable from script only (tabIndex -1):
 * where focus lands when a record leaves the page (deleted, or moved to
 * another page by an edit) and no card is left to take it. One component, so
 * every therapy list behaves as Goals does.
 */
export function ListHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h3 id={id} tabIndex={-1}>
      {children}
    </h3>
  );
}

/**
 * Where focus goes once a record is deleted from its card (whose Delete button
 * had it and is gone, which would drop focus to the page's body): the card that
 * took its place, else the one before it, else the list's heading (the last
 * card on a page: the list turns to another page, or becomes empty). Worked out
 * before the delete, while the card is still on the page.
 */
function focusAfterRemoval(id: string, headingId: string): () => void {
  const item = document.querySelector(`[data-record-id="${CSS.escape(id)}"]`)?.closest('li');
  const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('button');
  return () => (neighbour?.isConnected ? neighbour : document.getElementById(headingId))?.focus();
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
      <p role="status" className={`${styles.saved} muted`}>
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
