import { createContext, useContext } from 'react';
import type { Repository } from '../../db/repository';

export interface VaultContextValue {
  repository: Repository;
  lock: (reason: 'user' | 'idle') => void;
}

export const VaultContext = createContext<VaultContextValue | null>(null);

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault outside an unlocked vault');
  return value;
}
