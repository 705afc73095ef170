import { useState } from 'react';
import { api } from '../../app/api';
import { useVault } from '../vault/vault-context';
import { BackupPreview } from './BackupPreview';
import { OpenBackupForm, type OpenedBackup } from './OpenBackupForm';

/** Verify (look inside) or restore a backup while the vault is open. */
export function RestoreBackup() {
  const { repository } = useVault();
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [formKey, setFormKey] = useState(0);

  const close = () => {
    if (opened) void api['backup.forget']({ fileId: opened.fileId });
    setOpened(null);
    setFormKey((k) => k + 1);
  };

  const restore = async () => {
    if (!opened || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const current = mode === 'merge' ? await repository.rows() : [];
      const result = await api['backup.restore']({ fileId: opened.fileId, mode, rows: current });
      if (!result.ok) throw new Error(result.error.message);
      const report = await repository.writeRestored(result.value.rows, mode);
      setMessage({ text: `Restored. Your journal now holds ${report.records} records.`, error: false });
      setOpened(null);
      setFormKey((k) => k + 1);
    } catch (error) {
      setMessage({ text: `${(error as Error).message} Your journal was not changed.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="restore-title">
      <h3 id="restore-title">Verify or restore a backup</h3>
      {!opened ? (
        <OpenBackupForm key={formKey} onOpened={setOpened} submitLabel="Check backup" />
      ) : (
        <div>
          <p role="status">{opened.fileName} is a complete, undamaged Cairn backup.</p>
          <BackupPreview summary={opened.summary} />
          <fieldset>
            <legend>Restore how?</legend>
            <label className="checkbox">
              <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              Merge: add the backup&apos;s records; where both have a record, keep the newer one
            </label>
            <label className="checkbox">
              <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Replace: make the journal exactly what the backup holds
            </label>
          </fieldset>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void restore()} disabled={busy} aria-busy={busy}>
              {busy ? 'Restoring…' : 'Restore this backup'}
            </button>
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      )}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
    </section>
  );
}
