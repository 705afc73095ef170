import { RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from './Button';

export interface UndoOffer {
  message: string;
  undo: () => void;
}

const UNDO_SECONDS = 8;

/** The one Undo toast: "Deleted. Undo" for a few seconds; Ctrl/Cmd+Z also undoes while it shows. */
export function UndoToast({ offer, onClose }: { offer: UndoOffer | null; onClose: () => void }) {
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(onClose, UNDO_SECONDS * 1000);
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        offer.undo();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [offer, onClose]);

  if (!offer) return null;
  return (
    <div className="toast" role="status">
      <span>{offer.message}</span>
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
    </div>
  );
}
