import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { SafetyPathContext, type SafetyPathSource } from './useSafetyPath';
import { SafetyScreen } from './SafetyScreen';

/** Holds the one safety screen for the whole unlocked app (mounted once, in the shell). */
export function SafetyPathProvider({ children }: { children: ReactNode }) {
  const [source, setSource] = useState<SafetyPathSource | null>(null);
  const close = useCallback(() => setSource(null), []);
  const value = useMemo(() => ({ open: (from: SafetyPathSource) => setSource(from) }), []);
  return (
    <SafetyPathContext.Provider value={value}>
      {children}
      <SafetyScreen open={source !== null} onClose={close} />
    </SafetyPathContext.Provider>
  );
}
