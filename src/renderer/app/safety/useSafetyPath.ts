import { createContext, useContext } from 'react';

/** Where the safety screen was opened from; every source opens the same screen (CLINICAL.md, "One safety path"). */
export type SafetyPathSource = 'phq9-item9' | 'diary-card' | 'struggling-button';

export interface SafetyPath {
  open: (source: SafetyPathSource) => void;
}

export const SafetyPathContext = createContext<SafetyPath | null>(null);

/** Any screen opens the one safety screen with `useSafetyPath().open(source)`; no feature imports another for it. */
export function useSafetyPath(): SafetyPath {
  const path = useContext(SafetyPathContext);
  if (!path) throw new Error('useSafetyPath is used outside SafetyPathProvider.');
  return path;
}
