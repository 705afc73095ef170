import { createContext, useContext } from 'react';
import type { Repository } from './repository';

export interface VaultContextValue {
  repository: Repository;
  lock: (reason: 'user' | 'idle') => void;
  /**
   * Registers work to finish while the key is still there (a journal draft);
   * a user or idle lock awaits it, briefly, before dropping the records.
   * Returns the unregister function. Optional so test doubles need not supply it.
   */
  beforeLock?: (flush: () => Promise<void>) => () => void;
}

export const VaultContext = createContext<VaultContextValue | null>(null);

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault outside an unlocked vault');
  return value;
}
