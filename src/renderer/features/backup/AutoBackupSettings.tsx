import { useEffect, useState, type FormEvent } from 'react';
import type { AutoBackupStatus } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';
import { BackupPassphraseFields, type BackupPassphrase } from './BackupPassphraseFields';

/** Automatic encrypted backups to a folder the user picks (a synced folder carries them to another computer). */
export function AutoBackupSettings() {
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [chosen, setChosen] = useState<BackupPassphrase | null>(null);
  const [keep, setKeep] = useState(10);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    void api['backup.autoStatus']({}).then((r) => r.ok && setStatus(r.value));
  }, []);

  const act = async (call: () => Promise<Result<AutoBackupStatus>>) => {
    setBusy(true);
    setError('');
    const result = await call();
    setBusy(false);
    if (result.ok) setStatus(result.value);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
    return result.ok;
  };

  const turnOn = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    await act(() => api['backup.autoConfigure']({ ...chosen, keep }));
  };

  return (
    <section aria-labelledby="auto-title">
      <h3 id="auto-title">Automatic backups</h3>
      {status?.enabled ? (
        <>
          <p role="status">
            On: encrypted backups go to <code>{status.folder}</code> on the first unlock of each day and when Cairn
            quits, keeping the newest {status.keep}.{' '}
            {status.lastBackupAt ? `Last backup: ${new Date(status.lastBackupAt).toLocaleString()}.` : 'No backup yet.'}
          </p>
          {status.lastError && (
            <p role="alert" className="error">
              The last automatic backup failed ({status.lastError}). Earlier backups are untouched.
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void act(() => api['backup.autoNow']({}))}>
              Back up now
            </button>
            <button type="button" disabled={busy} onClick={() => void act(() => api['backup.autoDisable']({}))}>
              Turn off automatic backups
            </button>
          </div>
        </>
      ) : (
        <PrivateForm onSubmit={turnOn}>
          {status?.lastError && (
            <p role="alert" className="error">
              {status.lastError}
            </p>
          )}
          <p className="muted">Off. Pick a folder (a synced folder works) and Cairn keeps encrypted copies there.</p>
          <BackupPassphraseFields
            vaultLabel="Your passphrase (protects the automatic backups)"
            separateLabel="Use a different passphrase for automatic backups"
            newLabel="Automatic backup passphrase"
            onChange={setChosen}
          />
          <label htmlFor="auto-keep">Backups to keep</label>
          <input id="auto-keep" type="number" min={1} max={100} value={keep} onChange={(e) => setKeep(Math.max(1, Math.min(100, Number(e.target.value) || 1)))} />
          <button type="submit" disabled={!chosen || busy} aria-busy={busy}>
            {busy ? 'Making the first backup…' : 'Choose folder and turn on…'}
          </button>
        </PrivateForm>
      )}
      <p role="alert" className="error">
        {error}
      </p>
    </section>
  );
}
