import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { RecoveryKeyPanel } from '../../app/RecoveryKeyPanel';
import type { RekeyProgress } from '../../db/rekey';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { PrivateForm } from '../../ui/PrivateForm';
import { KitField } from '../../ui/KitField';

const STEP_TEXT: Record<RekeyProgress['step'], string> = {
  checking: 'Checking your passphrase and making the new key…',
  sealing: 'Re-encrypting your journal…',
  switching: 'Switching to the new key…',
};

const passphraseForm = z.object({ passphrase: z.string().min(1, 'Type your passphrase.') });

/**
 * Settings → Security: "Re-encrypt everything with a new key". Changing the
 * passphrase only re-wraps the key, so an old copy of the key file still opens
 * with the old passphrase; this replaces the key itself, and with it the
 * recovery key (the old one wraps the old key, so it cannot carry over).
 */
export function ReencryptEverything() {
  const { repository } = useVault();
  const [progress, setProgress] = useState<RekeyProgress | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset } = useForm<z.input<typeof passphraseForm>>({
    resolver: zodResolver(passphraseForm),
    defaultValues: { passphrase: '' },
  });

  const submit = handleSubmit(async ({ passphrase }) => {
    if (progress) return;
    setProgress({ step: 'checking', done: 0, total: 0 });
    try {
      const { recoveryKey } = await repository.rekey(api, passphrase, setProgress);
      reset({ passphrase: '' });
      setShown(recoveryKey);
    } catch (failure) {
      // The passphrase is not kept in the page once used, right or wrong.
      reset({ passphrase: '' });
      setError('passphrase', { type: 'server', message: (failure as Error).message });
    } finally {
      setProgress(null);
    }
  });

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
    <PrivateForm onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rekey-title">
      <h3 id="rekey-title">Re-encrypt everything with a new key</h3>
      <p className="muted">
        Use this if someone may have a copy of Cairn&apos;s files together with your old passphrase or recovery key. Cairn
        encrypts every record again under a new key and gives you a new recovery key; the old recovery key stops working.
        Your records stay as they are.
      </p>
      <KitField control={control} name="passphrase" label="Passphrase to re-encrypt" type="password" autoComplete="current-password" isDisabled={progress !== null} />
      {progress && (
        <div role="status">
          <p>{STEP_TEXT[progress.step]}</p>
          {progress.total > 0 && <progress max={progress.total} value={progress.done} aria-label="Re-encrypting your journal" />}
        </div>
      )}
      <Button type="submit" isDisabled={progress !== null}>
        {progress ? 'Re-encrypting…' : 'Re-encrypt everything'}
      </Button>
    </PrivateForm>
  );
}
