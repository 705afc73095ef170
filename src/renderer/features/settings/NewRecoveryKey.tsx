import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { RecoveryKeyPanel } from '../../app/RecoveryKeyPanel';

/**
 * Settings → Security: replaces the recovery key (for one that was lost or
 * seen by someone else). Asks for the passphrase, shows the new key once.
 */
export function NewRecoveryKey() {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [shown, setShown] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError('');
    const result = await api['vault.newRecoveryKey']({ passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) setShown(result.value.recoveryKey);
    else setError(result.error.message);
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
        intro="Your old recovery key no longer opens Cairn. Cairn shows this one once: print it or save it somewhere private."
        onDone={() => setShown(null)}
      />
    );
  }

  return (
    <PrivateForm onSubmit={submit} aria-labelledby="new-key-form-title">
      <h3 id="new-key-form-title">New recovery key</h3>
      <p className="muted">Make a new recovery key if yours is lost or someone else may have seen it. The old one stops working.</p>
      <TextField
        label="Your passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
        errorMessage={error || undefined}
      />
      <Button type="submit" isDisabled={!passphrase || busy}>
        {busy ? 'Making a new key…' : 'Make a new recovery key'}
      </Button>
    </PrivateForm>
  );
}
