import { PrivateForm } from '../../ui/PrivateForm';
import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';

/** After unlocking with the recovery key, a new passphrase is required before anything else. */
export function ChooseNewPassphrase({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const accept = useCallback((p: string | null) => setPassphrase(p), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    const result = await api['vault.setNewPassphrase']({ passphrase });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <section aria-labelledby="page-title" className="gate-card">
      <h1 id="page-title">Choose a new passphrase</h1>
      <p>Your recovery key opened the vault. Choose a new passphrase to use from now on; your recovery key stays the same.</p>
      <PrivateForm onSubmit={submit}>
        <NewPassphraseFields onChange={accept} />
        <FormMessage>{error}</FormMessage>
        <Button type="submit" variant="primary" isDisabled={!passphrase || busy}>
          {busy ? 'Saving…' : 'Save new passphrase'}
        </Button>
      </PrivateForm>
    </section>
  );
}
