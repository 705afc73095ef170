import { useState, type FormEvent } from 'react';
import type { BackupSummary } from '../../../shared/contract';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';

export interface OpenedBackup {
  fileId: string;
  fileName: string;
  summary: BackupSummary;
}

/**
 * Choose a backup file, then its passphrase. Main decrypts and checks the
 * whole file; the vault is not touched.
 */
export function OpenBackupForm({ onOpened, submitLabel }: { onOpened: (opened: OpenedBackup) => void; submitLabel: string }) {
  const [file, setFile] = useState<{ fileId: string; fileName: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const choose = async () => {
    setError('');
    const result = await api['backup.choose']({});
    if (result.ok) setFile(result.value);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !passphrase || busy) return;
    setBusy(true);
    setError('');
    const result = await api['backup.inspect']({ fileId: file.fileId, passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onOpened({ ...file, summary: result.value });
    } else setError(result.error.message);
  };

  return (
    <PrivateForm onSubmit={open}>
      <div className="actions">
        <button type="button" onClick={() => void choose()}>
          Choose backup file…
        </button>
        <span className="muted">{file ? file.fileName : 'No file chosen'}</span>
      </div>
      {file && (
        <>
          <label htmlFor="backup-passphrase">Backup passphrase</label>
          <input
            id="backup-passphrase"
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="off"
          />
          <button type="submit" disabled={!passphrase || busy} aria-busy={busy}>
            {busy ? 'Checking the whole file…' : submitLabel}
          </button>
        </>
      )}
      <p role="alert" className="error">
        {error}
      </p>
    </PrivateForm>
  );
}
