import { PrivateForm } from '../../ui/PrivateForm';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { EmergencyLine } from './EmergencyLine';

type Mode = 'passphrase' | 'recovery';

const seconds = (ms: number) => Math.ceil(ms / 1000);
const TOO_MANY = 'Too many wrong attempts.';
const waitMessage = (ms: number) => {
  const n = seconds(ms);
  return `Try again in ${n} second${n === 1 ? '' : 's'}.`;
};

/** Counts down live to the next allowed attempt (updated every second); 0 when allowed. */
function useRetryCountdown(initialMs: number): [number, (ms: number) => void] {
  const [until, setUntil] = useState(() => Date.now() + initialMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);
  const restart = useCallback((ms: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(at + ms);
  }, []);
  return [Math.max(0, until - now), restart];
}

/** The lock screen: passphrase, or the recovery key if it is forgotten. */
export function UnlockScreen({ onUnlocked, retryAfterMs }: { onUnlocked: () => void; retryAfterMs: number }) {
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  // Announced once (role="alert"); the countdown below it ticks visually without re-announcing each second.
  const [error, setError] = useState(retryAfterMs > 0 ? TOO_MANY : '');
  const [waitMs, startWait] = useRetryCountdown(retryAfterMs);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!secret || busy || waitMs > 0) return;
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
      const status = await api['vault.status']({});
      const wait = status.ok ? status.value.retryAfterMs : 0;
      // While waiting, main's "in 30 seconds" would go stale: the countdown below says how long.
      setError(wait > 0 && result.error.code !== 'invalid_request' ? TOO_MANY : result.error.message);
      startWait(wait);
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
          aria-invalid={error !== '' || waitMs > 0}
          aria-describedby="unlock-error unlock-wait"
        />
        <p id="unlock-error" role="alert" className="error">
          {error}
        </p>
        <p id="unlock-wait" className="error">
          {waitMs > 0 ? waitMessage(waitMs) : error === TOO_MANY ? 'You can try again now.' : ''}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!secret || busy || waitMs > 0} aria-busy={busy}>
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
