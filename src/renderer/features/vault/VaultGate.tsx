import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../app/api';
import { CairnDatabase } from '../../db/database';
import { RecordStore } from '../../db/record-store';
import { Repository } from '../../db/repository';
import { ChooseNewPassphrase } from './ChooseNewPassphrase';
import { CreateVault } from './CreateVault';
import { RecoveryKeyShown } from './RecoveryKeyShown';
import { UnlockScreen } from './UnlockScreen';
import { VaultContext } from './vault-context';

type Phase =
  | { name: 'checking' }
  | { name: 'none' }
  | { name: 'showKey'; recoveryKey: string }
  | { name: 'locked'; retryAfterMs: number }
  | { name: 'recovery' }
  | { name: 'loading'; done: number; total: number }
  | { name: 'ready'; damagedRows: number }
  | { name: 'error'; message: string };

const db = new CairnDatabase();

/**
 * Nothing of the journal exists in the page until the vault is unlocked and
 * loaded; locking drops every decrypted record.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const repository = useMemo(() => new Repository(api, db, new RecordStore()), []);

  const applyStatus = useCallback(
    async (status: Awaited<ReturnType<typeof api['vault.status']>>) => {
      if (!status.ok) return setPhase({ name: 'error', message: status.error.message });
      const { state, retryAfterMs } = status.value;
      if (state === 'none') return setPhase({ name: 'none' });
      if (state === 'locked') return setPhase({ name: 'locked', retryAfterMs });
      if (state === 'recovery') return setPhase({ name: 'recovery' });
      setPhase({ name: 'loading', done: 0, total: 0 });
      try {
        const report = await repository.load((done, total) => setPhase({ name: 'loading', done, total }));
        setPhase({ name: 'ready', damagedRows: report.damagedRows });
      } catch (error) {
        setPhase({ name: 'error', message: (error as Error).message });
      }
    },
    [repository],
  );

  const refresh = useCallback(() => api['vault.status']({}).then(applyStatus), [applyStatus]);

  const dropEverything = useCallback(() => {
    repository.store.clear();
    setPhase({ name: 'locked', retryAfterMs: 0 });
  }, [repository]);

  const lock = useCallback(
    (reason: 'user' | 'idle') => {
      dropEverything();
      void api['vault.lock']({ reason });
    },
    [dropEverything],
  );

  useEffect(() => {
    void refresh();
    return api.on('vault.locked', dropEverything);
  }, [refresh, dropEverything]);

  const context = useMemo(() => ({ repository, lock }), [repository, lock]);

  switch (phase.name) {
    case 'checking':
      return <p className="gate-status" role="status">Opening Cairn…</p>;
    case 'none':
      return <CreateVault onCreated={(recoveryKey) => setPhase({ name: 'showKey', recoveryKey })} />;
    case 'showKey':
      return <RecoveryKeyShown recoveryKey={phase.recoveryKey} onDone={() => void refresh()} />;
    case 'locked':
      return <UnlockScreen retryAfterMs={phase.retryAfterMs} onUnlocked={() => void refresh()} />;
    case 'recovery':
      return <ChooseNewPassphrase onDone={() => void refresh()} />;
    case 'loading':
      return (
        <div className="gate-status" role="status">
          <p>Opening your journal…</p>
          {phase.total > 0 && <progress max={phase.total} value={phase.done} aria-label="Decrypting your journal" />}
        </div>
      );
    case 'error':
      return (
        <div className="gate-card" role="alert">
          <h1>Cairn could not open your journal</h1>
          <p>{phase.message}</p>
          <p>Nothing was changed or deleted.</p>
          <button type="button" onClick={() => void refresh()}>
            Try again
          </button>
        </div>
      );
    case 'ready':
      return (
        <VaultContext.Provider value={context}>
          {phase.damagedRows > 0 && (
            <p role="alert" className="banner error">
              {phase.damagedRows} part{phase.damagedRows === 1 ? '' : 's'} of your journal could not be decrypted
              (damaged or altered on disk). They were left untouched; restoring a backup can bring them back.
            </p>
          )}
          {children}
        </VaultContext.Provider>
      );
  }
}
