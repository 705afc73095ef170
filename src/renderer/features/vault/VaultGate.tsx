import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { api } from '../../app/api';
import { CairnDatabase } from '../../db/database';
import { RecordStore } from '../../db/record-store';
import { Repository } from '../../db/repository';
import { ChooseNewPassphrase } from './ChooseNewPassphrase';
import { CreateVault } from './CreateVault';
import { RecoveryKeyPanel } from '../../app/RecoveryKeyPanel';
import { journalCheckMessages } from './journal-check-messages';
import { UnlockScreen } from './UnlockScreen';
import { VaultContext } from '../../db/vault-context';
import { Button } from '../../ui/Button';

type Phase =
  | { name: 'checking' }
  | { name: 'none' }
  | { name: 'restore' }
  | { name: 'showKey'; recoveryKey: string }
  | { name: 'locked'; retryAfterMs: number }
  | { name: 'recovery' }
  | { name: 'loading'; done: number; total: number }
  | { name: 'ready'; problems: string[] }
  | { name: 'error'; message: string };

const db = new CairnDatabase();
/** Longest a lock waits for pending work (a draft) to be sealed. */
const FLUSH_LIMIT_MS = 1500;

/**
 * Nothing of the journal exists in the page until the vault is unlocked and
 * loaded; locking drops every decrypted record.
 */
/** The welcome screen's "restore a backup" step; the app hands it in because a feature never imports another. */
export type RestoreScreen = ComponentType<{
  onCancel: () => void;
  onRestored: (recoveryKey: string, rows: Parameters<Repository['writeRestored']>[0]) => Promise<void>;
}>;

export function VaultGate({ children, Restore }: { children: ReactNode; Restore: RestoreScreen }) {
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
        setPhase({ name: 'ready', problems: journalCheckMessages(report) });
        // First unlock of the day: main writes the automatic backup if it is turned on.
        void api['backup.autoCheck']({});
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

  const flushers = useRef(new Set<() => Promise<void>>());
  const beforeLock = useCallback((flush: () => Promise<void>) => {
    flushers.current.add(flush);
    return () => void flushers.current.delete(flush);
  }, []);

  const lock = useCallback(
    (reason: 'user' | 'idle') => {
      const finish = () => {
        dropEverything();
        void api['vault.lock']({ reason });
      };
      if (flushers.current.size === 0) return finish();
      // Seal pending work while the key exists; a stuck flush must not keep the vault open.
      const flushes = [...flushers.current].map((flush) => flush().catch(() => {}));
      void Promise.race([Promise.all(flushes), new Promise((r) => setTimeout(r, FLUSH_LIMIT_MS))]).then(finish);
    },
    [dropEverything],
  );

  useEffect(() => {
    void refresh();
    return api.on('vault.locked', dropEverything);
  }, [refresh, dropEverything]);

  const context = useMemo(() => ({ repository, lock, beforeLock }), [repository, lock, beforeLock]);

  switch (phase.name) {
    case 'checking':
      return <p className="gate-status" role="status">Opening Cairn…</p>;
    case 'none':
      return (
        <CreateVault
          onCreated={(recoveryKey) => setPhase({ name: 'showKey', recoveryKey })}
          onRestore={() => setPhase({ name: 'restore' })}
        />
      );
    case 'restore':
      return (
        <Restore
          onCancel={() => setPhase({ name: 'none' })}
          onRestored={async (recoveryKey, rows) => {
            await repository.writeRestored(rows, 'replace');
            setPhase({ name: 'showKey', recoveryKey });
          }}
        />
      );
    case 'showKey':
      return (
        <RecoveryKeyPanel
          recoveryKey={phase.recoveryKey}
          title="Your recovery key"
          headingLevel={1}
          className="gate-card"
          intro="If you ever forget your passphrase, this key is the only way back into your journal. Cairn shows it once. Print it or save it somewhere private, away from this computer."
          keyLabel="Recovery key"
          confirmText="I have saved my recovery key somewhere safe"
          doneLabel="Continue"
          onDone={() => void refresh()}
        />
      );
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
          <Button onPress={() => void refresh()}>
            Try again
          </Button>
        </div>
      );
    case 'ready':
      return (
        <VaultContext.Provider value={context}>
          {phase.problems.length > 0 && (
            <div role="alert" className="banner error">
              {phase.problems.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          )}
          {children}
        </VaultContext.Provider>
      );
  }
}
