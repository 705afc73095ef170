import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { acceptedPassphrase, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { PrivateForm } from '../../ui/PrivateForm';

const createForm = z.object({ passphrase: acceptedPassphrase() });

/** The first screen: what Cairn is, then a passphrase for a new vault. */
export function CreateVault({ onCreated, onRestore }: { onCreated: (recoveryKey: string) => void; onRestore: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<z.input<typeof createForm>, unknown, z.output<typeof createForm>>({
    resolver: zodResolver(createForm),
    defaultValues: { passphrase: null },
  });
  const accepted = useWatch({ control, name: 'passphrase' });
  const busy = formState.isSubmitting;

  const submit = handleSubmit(async ({ passphrase }) => {
    const result = await api['vault.create']({ passphrase });
    if (result.ok) onCreated(result.value.recoveryKey);
    else setError('root.server', { message: result.error.message });
  });

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
      <PrivateForm onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-title">
        <h2 id="create-title">Create your vault</h2>
        <Controller control={control} name="passphrase" render={({ field }) => <NewPassphraseFields onChange={field.onChange} label="Choose a passphrase" />} />
        <FormMessage>{formState.errors.root?.server?.message ?? formState.errors.passphrase?.message ?? ''}</FormMessage>
        {/* Disabled until the pair is accepted: the strength and match lines say why. */}
        <Button type="submit" variant="primary" isDisabled={!accepted || busy}>
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
