import { useCallback, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract';
import { api } from '../../app/api';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { BackupPreview } from './BackupPreview';
import { OpenBackupForm, type OpenedBackup } from './OpenBackupForm';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';

type Rows = ResponseOf<'backup.restore'>['rows'];

/**
 * From the welcome screen on a new computer: open a backup, check it, then
 * create this computer's vault and fill it with the backup's records.
 */
export function RestoreOnNewMachine({
  onCancel,
  onRestored,
}: {
  onCancel: () => void;
  onRestored: (recoveryKey: string, rows: Rows) => Promise<void>;
}) {
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const accept = useCallback((p: string | null) => setPassphrase(p), []);

  const restore = async () => {
    if (!opened || !passphrase || busy) return;
    setBusy(true);
    setError('');
    const created = await api['vault.create']({ passphrase });
    if (!created.ok) {
      setBusy(false);
      return setError(created.error.message);
    }
    const restored = await api['backup.restore']({ fileId: opened.fileId, mode: 'replace', rows: [] });
    if (!restored.ok) {
      setBusy(false);
      return setError(`${restored.error.message} Your new vault was created empty; you can restore again from Settings.`);
    }
    await onRestored(created.value.recoveryKey, restored.value.rows);
  };

  return (
    <section aria-labelledby="page-title" className="gate-card">
      <h1 id="page-title">Restore from a backup</h1>
      {!opened ? (
        <>
          <p>Choose a .cairnbackup file and enter the passphrase it was made with. Cairn checks the whole file before anything is restored.</p>
          <OpenBackupForm onOpened={setOpened} submitLabel="Open backup" />
        </>
      ) : (
        <>
          <BackupPreview summary={opened.summary} />
          <h2>Choose a passphrase for Cairn on this computer</h2>
          <NewPassphraseFields onChange={accept} label="New passphrase" />
          <Button variant="primary" isDisabled={!passphrase || busy} onPress={() => void restore()}>
            {busy ? 'Restoring…' : 'Create vault and restore'}
          </Button>
        </>
      )}
      <FormMessage>{error}</FormMessage>
      <Button className="link" onPress={onCancel} isDisabled={busy}>
        Back
      </Button>
    </section>
  );
}
