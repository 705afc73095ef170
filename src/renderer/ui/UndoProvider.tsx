import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { UndoToast, type UndoOffer } from './UndoToast';

const OfferUndo = createContext<((offer: UndoOffer) => void) | null>(null);

/**
 * The one Undo toast of the app, rendered once by the shell. A page offers an
 * undo through `useOfferUndo()`; a newer offer replaces the older one (only the
 * latest delete can be undone, as in a text editor's single undo step).
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const close = useCallback(() => setOffer(null), []);
  // A fresh object each time, so the same message offered twice still restarts the toast's timer.
  const offerUndo = useCallback((next: UndoOffer) => setOffer({ ...next }), []);
  return (
    <OfferUndo.Provider value={offerUndo}>
      {children}
      <UndoToast offer={offer} onClose={close} />
    </OfferUndo.Provider>
  );
}

/** Show "Deleted. Undo" in the shell's toast. Outside the shell (a screen before unlock) there is nothing to undo. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  const offer = useContext(OfferUndo);
  if (!offer) throw new Error('useOfferUndo needs the UndoProvider that the shell renders.');
  return offer;
}
