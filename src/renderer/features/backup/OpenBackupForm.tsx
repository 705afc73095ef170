import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { BackupSummary } from '../../../shared/contract';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { openBackupForm, type OpenBackupFormValues } from './backup-forms';

export interface OpenedBackup {
  fileId: string;
  fileName: string;
  summary: BackupSummary;
}

/**
 * Choose a backup file, then its passphrase. Main decrypts and checks the
 * whole file; the vault is not touched.
 */
export function OpenBackupForm({ onOpened, submitLabel }: { onOpened: (opened: OpenedBackup) => void; submitLabel: string }) {
  const [file, setFile] = useState<{ fileId: string; fileName: string } | null>(null);
  /** What main said about the file (not a backup, damaged, the wrong passphrase): the form's message. */
  const [error, setError] = useState('');
  const { control, handleSubmit, reset, formState } = useForm<OpenBackupFormValues>({
    resolver: zodResolver(openBackupForm),
    defaultValues: { passphrase: '' },
  });

  const choose = async () => {
    setError('');
    const result = await api['backup.choose']({});
    if (result.ok) setFile(result.value);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  };

  const open = handleSubmit(async ({ passphrase }) => {
    if (!file) return;
    setError('');
    const result = await api['backup.inspect']({ fileId: file.fileId, passphrase });
    if (result.ok) {
      reset({ passphrase: '' });
      onOpened({ ...file, summary: result.value });
    } else setError(result.error.message);
  });
  const busy = formState.isSubmitting;

  return (
    <PrivateForm onSubmit={(e) => void open(e)}>
      <div className="actions">
        <Button onPress={() => void choose()} isDisabled={busy}>
          Choose backup file…
        </Button>
        <span className="muted">{file ? file.fileName : 'No file chosen'}</span>
      </div>
      {file && (
        <>
          <Controller
            control={control}
            name="passphrase"
            render={({ field, fieldState }) => (
              <TextField
                label="Backup passphrase"
                type="password"
                autoComplete="off"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                errorMessage={fieldState.error?.message}
              />
            )}
          />
          <Button type="submit" isDisabled={busy}>
            {busy ? 'Checking the whole file…' : submitLabel}
          </Button>
        </>
      )}
      <FormMessage>{error}</FormMessage>
    </PrivateForm>
  );
}
