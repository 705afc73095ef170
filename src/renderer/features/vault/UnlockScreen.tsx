import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { EmergencyLine } from './EmergencyLine';

type Mode = 'passphrase' | 'recovery';

const seconds = (ms: number) => Math.ceil(ms / 1000);
const TOO_MANY = 'Too many wrong attempts.';
const waitMessage = (ms: number) => {
  const n = seconds(ms);
  return `Try again in ${n} second${n === 1 ? '' : 's'}.`;
};

/** What each way in asks for; the limits are the contract's, said before anything is sent to main. */
const SCHEMAS = {
  passphrase: z.object({
    secret: z.string().min(1, 'Type your passphrase.').max(1024, 'That passphrase is too long (over 1,024 characters).'),
  }),
  recovery: z.object({
    secret: z.string().trim().min(1, 'Type or paste your recovery key.').max(200, 'That is not a recovery key.'),
  }),
} satisfies Record<Mode, z.ZodType<{ secret: string }, { secret: string }>>;

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
  const [waitMs, startWait] = useRetryCountdown(retryAfterMs);
  const { control, handleSubmit, setError, setFocus, reset, formState } = useForm<{ secret: string }>({
    resolver: zodResolver(SCHEMAS[mode]),
    defaultValues: { secret: '' },
  });
  // Main's answer ("did not open the vault") sits on the field and is announced once; typing after a try clears it.
  const error = formState.errors.secret?.message ?? '';
  useEffect(() => {
    if (retryAfterMs > 0) setError('secret', { type: 'server', message: TOO_MANY });
  }, [retryAfterMs, setError]);

  useEffect(() => setFocus('secret'), [mode, setFocus]);

  const submit = handleSubmit(async ({ secret }) => {
    if (waitMs > 0) return;
    const result =
      mode === 'passphrase'
        ? await api['vault.unlock']({ passphrase: secret })
        : await api['vault.unlockWithRecoveryKey']({ recoveryKey: secret });
    if (result.ok) {
      reset({ secret: '' });
      onUnlocked();
      return;
    }
    const status = await api['vault.status']({});
    const wait = status.ok ? status.value.retryAfterMs : 0;
    // While waiting, main's "in 30 seconds" would go stale: the countdown below says how long.
    setError('secret', { type: 'server', message: wait > 0 && result.error.code !== 'invalid_request' ? TOO_MANY : result.error.message });
    startWait(wait);
    setFocus('secret', { shouldSelect: true });
  });

  const other: Mode = mode === 'passphrase' ? 'recovery' : 'passphrase';
  const busy = formState.isSubmitting;
  return (
    <section aria-labelledby="page-title" className="gate-card">
      <h1 id="page-title">Cairn is locked</h1>
      <PrivateForm onSubmit={(e) => void submit(e)} noValidate>
        <Controller
          control={control}
          name="secret"
          render={({ field }) => (
            <TextField
              // A new field for each way in, so a passphrase is never shown as text in the recovery key's field.
              key={mode}
              label={mode === 'passphrase' ? 'Passphrase' : 'Recovery key'}
              type={mode === 'passphrase' ? 'password' : 'text'}
              autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
              spellCheck="false"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              errorMessage={error || undefined}
              aria-describedby="unlock-wait"
            />
          )}
        />
        {/* Ticks visually without re-announcing each second; the field's message said it once. */}
        <p id="unlock-wait" className="error">
          {waitMs > 0 ? waitMessage(waitMs) : error === TOO_MANY ? 'You can try again now.' : ''}
        </p>
        <div className="actions">
          <Button type="submit" variant="primary" isDisabled={busy || waitMs > 0} aria-busy={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </Button>
          <Button
            className="link"
            onPress={() => {
              setMode(other);
              reset({ secret: '' });
            }}
          >
            {other === 'recovery' ? 'I forgot my passphrase' : 'Use my passphrase'}
          </Button>
        </div>
      </PrivateForm>
      <EmergencyLine />
    </section>
  );
}
