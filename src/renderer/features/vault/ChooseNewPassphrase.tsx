import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { acceptedPassphrase, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { PrivateForm } from '../../ui/PrivateForm';

const newPassphraseForm = z.object({ passphrase: acceptedPassphrase('Choose a new passphrase and type it twice.') });

/** After unlocking with the recovery key, a new passphrase is required before anything else. */
export function ChooseNewPassphrase({ onDone }: { onDone: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<z.input<typeof newPassphraseForm>, unknown, z.output<typeof newPassphraseForm>>({
    resolver: zodResolver(newPassphraseForm),
    defaultValues: { passphrase: null },
  });
  const accepted = useWatch({ control, name: 'passphrase' });
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ passphrase }) => {
    const result = await api['vault.setNewPassphrase']({ passphrase });
    if (result.ok) onDone();
    else setError('root.server', { message: result.error.message });
  });

  return (
    <section aria-labelledby="page-title" className="gate-card">
      <h1 id="page-title">Choose a new passphrase</h1>
      <p>Your recovery key opened the vault. Choose a new passphrase to use from now on; your recovery key stays the same.</p>
      <PrivateForm onSubmit={(e) => void submit(e)} noValidate>
        <Controller control={control} name="passphrase" render={({ field }) => <NewPassphraseFields onChange={field.onChange} />} />
        <FormMessage>{formState.errors.root?.server?.message ?? formState.errors.passphrase?.message ?? ''}</FormMessage>
        {/* Disabled until the pair is accepted: the strength and match lines say why. */}
        <Button type="submit" variant="primary" isDisabled={!accepted || busy}>
          {busy ? 'Saving…' : 'Save new passphrase'}
        </Button>
      </PrivateForm>
    </section>
  );
}
