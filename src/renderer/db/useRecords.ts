import { useSyncExternalStore } from 'react';
import type { RecordKind, RecordOf } from '../../shared/domain';
import { useVault } from '../features/vault/vault-context';

/** All records of one kind, re-rendering when the store changes. */
export function useRecords<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
  const { repository } = useVault();
  const store = repository.store;
  return useSyncExternalStore(store.subscribe, () => store.ofKind(kind));
}
