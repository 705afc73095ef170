import { PrivateForm } from '../../ui/PrivateForm';
import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';

/** The first screen: what Cairn is, then a passphrase for a new vault. */
export function CreateVault({ onCreated, onRestore }: { onCreated: (recoveryKey: string) => void; onRestore: () => void }) {
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const accept = useCallback((p: string | null) => setPassphrase(p), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError('');
    const result = await api['vault.create']({ passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryKey);
    else setError(result.error.message);
  };

  return (
    <section aria-labelledby="page-title" className="gate-card welcome">
      <h1 id="page-title">Welcome to Cairn</h1>
      <p className="lead">
        A private journal for your medication and therapy: daily check-ins, doses and side effects,
        therapy homework, PHQ-9 and GAD-7, and a one-page summary for your next visit.
      </p>
      <ul className="promises">
        <li>Everything stays on this computer. Cairn never connects to the internet.</li>
        <li>Your journal is encrypted with a passphrase only you know. Nobody can reset it for you.</li>
      </ul>
      <PrivateForm onSubmit={submit} aria-labelledby="create-title">
        <h2 id="create-title">Create your vault</h2>
        <NewPassphraseFields onChange={accept} label="Choose a passphrase" />
        <FormMessage>{error}</FormMessage>
        <Button type="submit" variant="primary" isDisabled={!passphrase || busy}>
          {busy ? 'Creating your vault…' : 'Create vault'}
        </Button>
      </PrivateForm>
      <p className="restore-offer">
        Moving to a new computer?{' '}
        <Button className="link" onPress={onRestore}>
          Restore from a backup
        </Button>
      </p>
    </section>
  );
}
