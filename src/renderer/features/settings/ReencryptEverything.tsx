import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import type { RekeyProgress } from '../../db/rekey';
import { PrivateForm } from '../../ui/PrivateForm';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useVault } from '../../db/vault-context';
import { RecoveryKeyPanel } from '../../app/RecoveryKeyPanel';

const STEP_TEXT: Record<RekeyProgress['step'], string> = {
  checking: 'Checking your passphrase and making the new key…',
  sealing: 'Re-encrypting your journal…',
  switching: 'Switching to the new key…',
};

/**
 * Settings → Security: "Re-encrypt everything with a new key". Changing the
 * passphrase only re-wraps the key, so an old copy of the key file still opens
 * with the old passphrase; this replaces the key itself, and with it the
 * recovery key (the old one wraps the old key, so it cannot carry over).
 */
export function ReencryptEverything() {
  const { repository } = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<RekeyProgress | null>(null);
  const [error, setError] = useState('');
  const [shown, setShown] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || progress) return;
    setError('');
    setProgress({ step: 'checking', done: 0, total: 0 });
    try {
      const { recoveryKey } = await repository.rekey(api, passphrase, setProgress);
      setShown(recoveryKey);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setProgress(null);
      setPassphrase('');
    }
  };

  if (shown) {
    return (
      <RecoveryKeyPanel
        recoveryKey={shown}
        title="Your new recovery key"
        headingLevel={3}
        keyLabel="New recovery key"
        confirmText="I have saved my new recovery key somewhere safe"
        doneLabel="Done"
        intro="Everything is now encrypted with a new key. Your old recovery key no longer opens Cairn, and neither does an old copy of Cairn's key file with your old passphrase. Cairn shows this new recovery key once: print it or save it somewhere private."
        onDone={() => setShown(null)}
      />
    );
  }

  return (
    <PrivateForm onSubmit={submit} aria-labelledby="rekey-title">
      <h3 id="rekey-title">Re-encrypt everything with a new key</h3>
      <p className="muted">
        Use this if someone may have a copy of Cairn&apos;s files together with your old passphrase or recovery key. Cairn
        encrypts every record again under a new key and gives you a new recovery key; the old recovery key stops working.
        Your records stay as they are.
      </p>
      <TextField
        label="Passphrase to re-encrypt"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
        errorMessage={error || undefined}
        isDisabled={progress !== null}
      />
      {progress && (
        <div role="status">
          <p>{STEP_TEXT[progress.step]}</p>
          {progress.total > 0 && <progress max={progress.total} value={progress.done} aria-label="Re-encrypting your journal" />}
        </div>
      )}
      <Button type="submit" isDisabled={!passphrase || progress !== null}>
        {progress ? 'Re-encrypting…' : 'Re-encrypt everything'}
      </Button>
    </PrivateForm>
  );
}
