import { useRef, useSyncExternalStore } from 'react';
import type { RecordKind, RecordOf } from '../../shared/domain';
import { useVault } from './vault-context';

/** All records of one kind, re-rendering when the store changes. */
export function useRecords<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
  const { repository } = useVault();
  const store = repository.store;
  return useSyncExternalStore(store.subscribe, () => store.ofKind(kind));
}

/**
 * The records of several kinds (every questionnaire's, say) as one list,
 * re-rendering when any of them changes. The list is the same object until
 * one of its kinds changes, as useSyncExternalStore needs.
 */
export function useRecordsOfKinds<K extends RecordKind>(kinds: readonly K[]): readonly RecordOf<K>[] {
  const { repository } = useVault();
  const store = repository.store;
  const cache = useRef<{ parts: readonly (readonly RecordOf<K>[])[]; all: readonly RecordOf<K>[] } | null>(null);
  const snapshot = () => {
    const parts = kinds.map((kind) => store.ofKind(kind));
    const last = cache.current;
    if (last && last.parts.length === parts.length && parts.every((part, i) => part === last.parts[i])) return last.all;
    cache.current = { parts, all: parts.flat() };
    return cache.current.all;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}

/** The in-memory store itself, for code that reads many kinds at once and follows changes (Search everything's index). */
export function useRecordStore() {
  return useVault().repository.store;
}
