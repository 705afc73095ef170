import { useCallback } from 'react';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../../shared/domain/settings';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { stampNow } from '../../db/record-stamp';

/** The name on the summary, kept in the encrypted settings record so it is there at the next visit. */
export function useRememberedName(): [string, (name: string) => Promise<void>] {
  const { repository } = useVault();
  const settings = useRecords('settings')[0];
  const remember = useCallback(
    async (name: string) => {
      const now = stampNow();
      const base = repository.store.get('settings');
      const current = base?.kind === 'settings' ? base : undefined;
      if ((current?.summaryName ?? '') === name.trim()) return;
      await repository.save([
        {
          autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
          ...current,
          summaryName: name.trim(),
          kind: 'settings',
          id: 'settings',
          createdAt: current?.createdAt ?? now,
          updatedAt: now,
        },
      ]);
    },
    [repository],
  );
  return [settings?.summaryName ?? '', remember];
}
