import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { RecoveryKeyPanel } from '../../app/RecoveryKeyPanel';
import { Button } from '../../ui/Button';
import { PrivateForm } from '../../ui/PrivateForm';
import { KitField } from '../../ui/KitField';

const passphraseForm = z.object({ passphrase: z.string().min(1, 'Type your passphrase.') });

/**
 * Settings → Security: replaces the recovery key (for one that was lost or
 * seen by someone else). Asks for the passphrase, shows the new key once.
 */
export function NewRecoveryKey() {
  const [shown, setShown] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset, formState } = useForm<z.input<typeof passphraseForm>>({
    resolver: zodResolver(passphraseForm),
    defaultValues: { passphrase: '' },
  });

  const submit = handleSubmit(async ({ passphrase }) => {
    const result = await api['vault.newRecoveryKey']({ passphrase });
    // The passphrase is not kept in the page once used, right or wrong.
    reset({ passphrase: '' });
    if (result.ok) setShown(result.value.recoveryKey);
    else setError('passphrase', { type: 'server', message: result.error.message }, { shouldFocus: true });
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
        intro="Your old recovery key no longer opens Cairn. Cairn shows this one once: print it or save it somewhere private."
        onDone={() => setShown(null)}
      />
    );
  }

  return (
    <PrivateForm onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-key-form-title">
      <h3 id="new-key-form-title">New recovery key</h3>
      <p className="muted">Make a new recovery key if yours is lost or someone else may have seen it. The old one stops working.</p>
      <KitField control={control} name="passphrase" label="Your passphrase" type="password" autoComplete="current-password" />
      <Button type="submit" isDisabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Making a new key…' : 'Make a new recovery key'}
      </Button>
    </PrivateForm>
  );
}
