import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { acceptedPassphrase, NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { PrivateForm } from '../../ui/PrivateForm';
import { KitField } from '../../ui/KitField';

/** `next` is null until NewPassphraseFields accepts it (strong enough, typed twice alike). */
const changeForm = z.object({
  current: z.string().min(1, 'Type your current passphrase.'),
  next: acceptedPassphrase('Choose a new passphrase and type it twice.'),
});
type Typed = z.input<typeof changeForm>;

/** Needs the current passphrase; only the key wrapping changes, no record is re-encrypted. */
export function ChangePassphrase() {
  const { control, handleSubmit, setError, reset, formState } = useForm<Typed, unknown, z.output<typeof changeForm>>({
    resolver: zodResolver(changeForm),
    defaultValues: { current: '', next: null },
  });
  const next = useWatch({ control, name: 'next' });
  // Counts the changes made here: a new count clears the new-passphrase pair (which keeps its own typing) and says it worked.
  const [changes, setChanges] = useState(0);

  const submit = handleSubmit(async ({ current, next }) => {
    const result = await api['vault.changePassphrase']({ current, next });
    if (result.ok) {
      reset({ current: '', next: null });
      setChanges((n) => n + 1);
    } else {
      setError('root.server', { message: result.error.message });
    }
  });

  return (
    <PrivateForm onSubmit={(e) => void submit(e)} noValidate aria-labelledby="change-title">
      <h3 id="change-title">Change passphrase</h3>
      <KitField control={control} name="current" label="Current passphrase" type="password" autoComplete="current-password" />
      <Controller control={control} name="next" render={({ field }) => <NewPassphraseFields key={changes} onChange={field.onChange} />} />
      <FormMessage>{formState.errors.root?.server?.message ?? ''}</FormMessage>
      <p role="status">{changes > 0 && !formState.isDirty ? 'Your passphrase was changed.' : ''}</p>
      {/* Disabled until the new pair is accepted: the strength line and the match line above say why. */}
      <Button type="submit" isDisabled={!next || formState.isSubmitting}>
        {formState.isSubmitting ? 'Changing…' : 'Change passphrase'}
      </Button>
    </PrivateForm>
  );
}
