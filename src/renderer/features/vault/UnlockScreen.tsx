import { PrivateForm } from '../../ui/PrivateForm';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { EmergencyLine } from './EmergencyLine';

type Mode = 'passphrase' | 'recovery';

const seconds = (ms: number) => Math.ceil(ms / 1000);

/** The lock screen: passphrase, or the recovery key if it is forgotten. */
export function UnlockScreen({ onUnlocked, retryAfterMs }: { onUnlocked: () => void; retryAfterMs: number }) {
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(retryAfterMs > 0 ? `Too many wrong attempts. Try again in ${seconds(retryAfterMs)} seconds.` : '');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!secret || busy) return;
    setBusy(true);
    setError('');
    const result =
      mode === 'passphrase'
        ? await api['vault.unlock']({ passphrase: secret })
        : await api['vault.unlockWithRecoveryKey']({ recoveryKey: secret });
    setBusy(false);
    if (result.ok) {
      setSecret('');
      onUnlocked();
    } else {
      setError(result.error.message);
      input.current?.select();
    }
  };

  const other: Mode = mode === 'passphrase' ? 'recovery' : 'passphrase';
  return (
    <section aria-labelledby="page-title" className="gate-card">
      <h1 id="page-title">Cairn is locked</h1>
      <PrivateForm onSubmit={submit}>
        <label htmlFor="unlock-secret">{mode === 'passphrase' ? 'Passphrase' : 'Recovery key'}</label>
        <input
          id="unlock-secret"
          ref={input}
          type={mode === 'passphrase' ? 'password' : 'text'}
          autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
          spellCheck={false}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          aria-invalid={error !== ''}
          aria-describedby="unlock-error"
        />
        <p id="unlock-error" role="alert" className="error">
          {error}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!secret || busy} aria-busy={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              setMode(other);
              setSecret('');
              setError('');
            }}
          >
            {other === 'recovery' ? 'I forgot my passphrase' : 'Use my passphrase'}
          </button>
        </div>
      </PrivateForm>
      <EmergencyLine />
    </section>
  );
}
