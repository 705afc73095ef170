import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';
import { useVault } from '../../db/vault-context';
import { BackupPassphraseFields, type BackupPassphrase } from './BackupPassphraseFields';
import { ReenterPassphrase } from './ReenterPassphrase';
import { Button } from '../../ui/Button';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Export: main opens the sealed rows itself and writes the encrypted file atomically. */
export function ExportBackup() {
  const { repository } = useVault();
  const [chosen, setChosen] = useState<BackupPassphrase | null>(null);
  const [done, setDone] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** With a separate backup passphrase: main asks for the vault passphrase again after 5 minutes unlocked. */
  const [reenter, setReenter] = useState<string | null>(null);
  const [params] = useSearchParams();
  const fromMenu = params.get('export') === '1';

  // Arriving from File → Export Backup…: put the cursor where the next step is.
  useEffect(() => {
    if (!fromMenu) return;
    input.current?.scrollIntoView({ block: 'center' });
    input.current?.focus();
  }, [fromMenu]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setMessage(null);
    const rows = await repository.rows();
    const result = await api['backup.export']({ rows, ...chosen, ...(reenter ? { vaultPassphrase: reenter } : {}) });
    setBusy(false);
    if (result.ok) {
      setReenter(null);
      setDone((n) => n + 1);
      const { path, total, bytes } = result.value;
      setMessage({ text: `Backup saved to ${path} (${total} record${total === 1 ? '' : 's'}, ${size(bytes)}).`, error: false });
    } else if (result.error.code !== 'cancelled') {
      if (result.error.code === 'forbidden') setReenter('');
      setMessage({ text: result.error.message, error: true });
    }
  };

  return (
    <PrivateForm onSubmit={submit} aria-labelledby="export-title">
      <h3 id="export-title">Export an encrypted backup</h3>
      <p className="muted">
        The backup file is encrypted. Keep it somewhere other than this computer (a USB stick, a synced folder).
      </p>
      <BackupPassphraseFields
        vaultLabel="Your passphrase (protects the backup too)"
        separateLabel="Use a different passphrase for this backup"
        newLabel="Backup passphrase"
        onChange={setChosen}
        inputRef={input}
        resetKey={done}
      />
      {reenter !== null && <ReenterPassphrase value={reenter} onChange={setReenter} />}
      <Button type="submit" isDisabled={!chosen || busy || reenter === ''}>
        {busy ? 'Encrypting…' : 'Export backup…'}
      </Button>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
    </PrivateForm>
  );
}
