import { RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from './Button';

export interface UndoOffer {
  message: string;
  undo: () => void;
}

const UNDO_SECONDS = 8;
const isMac = typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');

/** Ctrl/Cmd+Z inside a text field is the field's own undo (typing), never the toast's. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
}

/**
 * Every Undo toast showing now, oldest first. Several can be live at once (a
 * list's "Goal deleted." behind a panel whose own toast says "Check-in
 * removed."); Ctrl/Cmd+Z goes to the newest one only, so one key press undoes
 * exactly one thing, the last one done. One window listener serves them all.
 */
const live: { undo: () => void }[] = [];

function onUndoKey(event: KeyboardEvent) {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
  if (isTextEntry(event.target)) return;
  const newest = live.at(-1);
  if (!newest) return;
  event.preventDefault();
  newest.undo();
}

/** Makes an offer the newest live one (until `forget` is called) and returns `forget`. */
function listen(entry: { undo: () => void }): () => void {
  if (live.length === 0) window.addEventListener('keydown', onUndoKey);
  live.push(entry);
  return () => {
    const at = live.indexOf(entry);
    if (at >= 0) live.splice(at, 1);
    if (live.length === 0) window.removeEventListener('keydown', onUndoKey);
  };
}

/** The one Undo toast: "Deleted. Undo" for a few seconds; Ctrl/Cmd+Z outside a text field also undoes while it shows. */
export function UndoToast({ offer, onClose }: { offer: UndoOffer | null; onClose: () => void }) {
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(onClose, UNDO_SECONDS * 1000);
    const forget = listen({
      undo: () => {
        forget();
        offer.undo();
        onClose();
      },
    });
    return () => {
      clearTimeout(timer);
      forget();
    };
  }, [offer, onClose]);

  if (!offer) return null;
  return (
    <div className="toast" role="status" aria-atomic="true">
      <span>{offer.message}</span>
      {/* Said to screen readers with the message: the shortcut is otherwise only discoverable by sight. */}
      <span className="visually-hidden">{isMac ? 'Press Command+Z to undo.' : 'Press Control+Z to undo.'}</span>
      <Button
        variant="quiet"
        onPress={() => {
          offer.undo();
          onClose();
        }}
      >
        <RotateCcw size={16} aria-hidden="true" />
        Undo
      </Button>
      <kbd aria-hidden="true">{isMac ? '⌘Z' : 'Ctrl+Z'}</kbd>
    </div>
  );
}
