import { Button } from '../../ui/Button';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';

/** Needs the current passphrase; only the key wrapping changes, no record is re-encrypted. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const accept = useCallback((p: string | null) => setNext(p), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!current || !next || busy) return;
    setBusy(true);
    const result = await api['vault.changePassphrase']({ current, next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setFormKey((k) => k + 1);
      setMessage({ text: 'Your passphrase was changed.', error: false });
    } else {
      setMessage({ text: result.error.message, error: true });
    }
  };

  return (
    <PrivateForm onSubmit={submit} aria-labelledby="change-title" key={formKey}>
      <h3 id="change-title">Change passphrase</h3>
      <TextField label="Current passphrase" type="password" autoComplete="current-password" value={current} onChange={setCurrent} />
      <NewPassphraseFields onChange={accept} />
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
      <Button type="submit" isDisabled={!current || !next || busy}>
        {busy ? 'Changing…' : 'Change passphrase'}
      </Button>
    </PrivateForm>
  );
}
