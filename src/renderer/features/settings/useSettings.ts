import { useCallback } from 'react';
import { DEFAULT_AUTO_LOCK_MINUTES, type SettingsRecord } from '../../../shared/domain/settings';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { stampNow } from '../../db/record-stamp';

type Editable = Omit<SettingsRecord, 'id' | 'kind' | 'createdAt' | 'updatedAt'>;

const defaults: Editable = { autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES };

/** The settings record, with defaults until the user changes something. */
export function useSettings(): [Editable, (change: Partial<Editable>) => Promise<void>] {
  const { repository } = useVault();
  const stored = useRecords('settings')[0];
  const current: Editable = stored ?? defaults;
  const update = useCallback(
    async (change: Partial<Editable>) => {
      const now = stampNow();
      const base = repository.store.get('settings') as SettingsRecord | undefined;
      await repository.save([
        {
          ...defaults,
          ...base,
          ...change,
          kind: 'settings',
          id: 'settings',
          createdAt: base?.createdAt ?? now,
          updatedAt: now,
        },
      ]);
    },
    [repository],
  );
  return [current, update];
}
