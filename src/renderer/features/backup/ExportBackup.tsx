import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { api } from '../../app/api';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { BackupPassphraseFields } from './BackupPassphraseFields';
import { exportForm, NO_PASSPHRASE_YET, type ExportFormValues } from './backup-forms';
import { ReenterPassphrase } from './ReenterPassphrase';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Export: main opens the sealed rows itself and writes the encrypted file atomically. */
export function ExportBackup() {
  const { repository } = useVault();
  const form = useForm<ExportFormValues, unknown, z.output<typeof exportForm>>({
    resolver: zodResolver(exportForm),
    defaultValues: { backup: NO_PASSPHRASE_YET, reenter: null },
  });
  const { control, handleSubmit, resetField, setValue, formState } = form;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const [params] = useSearchParams();
  const fromMenu = params.get('export') === '1';

  // Arriving from File → Export Backup…: put the cursor where the next step is.
  useEffect(() => {
    if (!fromMenu) return;
    input.current?.scrollIntoView({ block: 'center' });
    input.current?.focus();
  }, [fromMenu]);

  const submit = handleSubmit(async ({ backup, reenter }) => {
    setMessage(null);
    const rows = await repository.rows();
    const result = await api['backup.export']({ rows, ...backup, ...(reenter ? { vaultPassphrase: reenter } : {}) });
    if (result.ok) {
      // The typed vault passphrase goes; a separate backup passphrase stays for the next backup.
      resetField('backup.passphrase');
      setValue('reenter', null);
      const { path, total, bytes } = result.value;
      setMessage({ text: `Backup saved to ${path} (${total} record${total === 1 ? '' : 's'}, ${size(bytes)}).`, error: false });
    } else if (result.error.code !== 'cancelled') {
      // With a separate backup passphrase: main asks for the vault passphrase again after 5 minutes unlocked.
      if (result.error.code === 'forbidden') setValue('reenter', '');
      setMessage({ text: result.error.message, error: true });
    }
  });
  const busy = formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <PrivateForm onSubmit={(e) => void submit(e)} aria-labelledby="export-title">
        <h3 id="export-title">Export an encrypted backup</h3>
        <p className="muted">
          The backup file is encrypted. Keep it somewhere other than this computer (a USB stick, a synced folder).
        </p>
        <BackupPassphraseFields
          vaultLabel="Your passphrase (protects the backup too)"
          separateLabel="Use a different passphrase for this backup"
          newLabel="Backup passphrase"
          inputRef={input}
        />
        <Controller
          control={control}
          name="reenter"
          render={({ field, fieldState }) =>
            field.value === null ? <></> : <ReenterPassphrase value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} />
          }
        />
        <Button type="submit" isDisabled={busy}>
          {busy ? 'Encrypting…' : 'Export backup…'}
        </Button>
        <FormMessage>{message?.error ? message.text : ''}</FormMessage>
        <p role="status">{message && !message.error ? message.text : ''}</p>
      </PrivateForm>
    </FormProvider>
  );
}
