import { useState } from 'react';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';
import { useVault } from '../../db/vault-context';
import { BackupPreview, personRecords } from './BackupPreview';
import { OpenBackupForm, type OpenedBackup } from './OpenBackupForm';
import { ReenterPassphrase } from './ReenterPassphrase';

const count = (n: number) => new Intl.NumberFormat().format(n);
const records = (n: number) => `${count(n)} record${n === 1 ? '' : 's'}`;

/** Verify (look inside) or restore a backup while the vault is open. */
export function RestoreBackup() {
  const { repository } = useVault();
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [formKey, setFormKey] = useState(0);
  /** Replace asks once more, naming what goes, and needs the passphrase for the safety copy. */
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const current = repository.store.liveSize;

  const reset = () => {
    setOpened(null);
    setConfirming(false);
    setPassphrase('');
    setFormKey((k) => k + 1);
  };

  const close = () => {
    if (opened) void api['backup.forget']({ fileId: opened.fileId });
    reset();
  };

  const restore = async () => {
    if (!opened || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const rows = await repository.rows();
      const result = await api['backup.restore']({ fileId: opened.fileId, mode, rows, ...(mode === 'replace' ? { passphrase } : {}) });
      if (!result.ok) throw new Error(result.error.message);
      const report = await repository.writeRestored(result.value.rows, mode);
      const copy = result.value.safetyBackup ? ` Your journal as it was is saved in ${result.value.safetyBackup}.` : '';
      const kept = result.value.keptDamaged > 0 ? ` ${count(result.value.keptDamaged)} damaged part(s) were kept as they were.` : '';
      setMessage({ text: `Restored. Your journal now holds ${records(report.records)}.${copy}${kept}`, error: false });
      reset();
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
          <fieldset disabled={confirming}>
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
          {confirming ? (
            <PrivateForm
              className="confirm-replace"
              aria-labelledby="replace-title"
              onSubmit={(e) => {
                e.preventDefault();
                if (passphrase) void restore();
              }}
            >
              <p id="replace-title">
                <strong>
                  This replaces the {records(current)} in your journal with the {records(personRecords(opened.summary))} in the backup.
                </strong>{' '}
                Cairn first saves a copy of your journal as it is now, encrypted with your passphrase, in its data folder.
              </p>
              <ReenterPassphrase value={passphrase} onChange={setPassphrase} />
              <div className="actions">
                <button type="submit" className="danger" disabled={!passphrase || busy} aria-busy={busy}>
                  {busy ? 'Saving a copy, then replacing…' : `Replace ${records(current)}`}
                </button>
                <button type="button" onClick={() => (setConfirming(false), setPassphrase(''))}>
                  Keep my journal
                </button>
              </div>
            </PrivateForm>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => (mode === 'replace' && current > 0 ? setConfirming(true) : void restore())}
                disabled={busy}
                aria-busy={busy}
              >
                {busy ? 'Restoring…' : mode === 'replace' && current > 0 ? 'Replace my journal…' : 'Restore this backup'}
              </button>
              <button type="button" onClick={close}>
                Close
              </button>
            </div>
          )}
        </div>
      )}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
    </section>
  );
}
