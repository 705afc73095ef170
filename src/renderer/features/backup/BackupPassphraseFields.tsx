import { useCallback, type RefObject } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Checkbox } from '../../ui/Checkbox';
import { FormMessage } from '../../ui/FormMessage';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { TextField } from '../../ui/TextField';
import type { BackupPassphraseValues } from './backup-forms';

/**
 * "Your passphrase" by default (main checks it against the vault), or a new,
 * separate one with the strength meter. Fields of the surrounding form (under
 * `backup`, see backup-forms.ts), so its schema says what is missing.
 */
export function BackupPassphraseFields({
  vaultLabel,
  separateLabel,
  newLabel,
  inputRef,
}: {
  vaultLabel: string;
  separateLabel: string;
  newLabel: string;
  /** The vault passphrase's input, for a form that puts the cursor there. */
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { control, setValue, getFieldState, formState } = useFormContext<{ backup: BackupPassphraseValues }>();
  const separate = useWatch({ control, name: 'backup.separate' });
  const submitted = formState.isSubmitted;
  // NewPassphraseFields reports the passphrase only once it is acceptable; after a refused submit, its message follows.
  const accept = useCallback((p: string | null) => setValue('backup.fresh', p, { shouldValidate: submitted }), [setValue, submitted]);
  const freshError = getFieldState('backup.fresh', formState).error?.message;

  return (
    <>
      {!separate && (
        <Controller
          control={control}
          name="backup.passphrase"
          render={({ field, fieldState }) => (
            <TextField
              label={vaultLabel}
              type="password"
              autoComplete="off"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={(el: HTMLInputElement | null) => {
                field.ref(el);
                if (inputRef) inputRef.current = el;
              }}
              errorMessage={fieldState.error?.message}
            />
          )}
        />
      )}
      <Controller
        control={control}
        name="backup.separate"
        render={({ field }) => (
          <Checkbox isSelected={field.value} onChange={field.onChange}>
            {separateLabel}
          </Checkbox>
        )}
      />
      {separate && (
        <>
          <NewPassphraseFields onChange={accept} label={newLabel} />
          <FormMessage>{freshError ?? ''}</FormMessage>
        </>
      )}
    </>
  );
}
