import { useSyncExternalStore } from 'react';
import type { RecordKind, RecordOf } from '../../shared/domain';
import { useVault } from '../features/vault/vault-context';

/** All records of one kind, re-rendering when the store changes. */
export function useRecords<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
  const { repository } = useVault();
  const store = repository.store;
  return useSyncExternalStore(store.subscribe, () => store.ofKind(kind));
}

/** The in-memory store itself, for code that reads many kinds at once and follows changes (Search everything's index). */
export function useRecordStore() {
  return useVault().repository.store;
}
