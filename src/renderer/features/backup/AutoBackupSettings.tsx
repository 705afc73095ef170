import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AutoBackupStatus } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { NumberField } from '../../ui/NumberField';
import { PrivateForm } from '../../ui/PrivateForm';
import { BackupPassphraseFields } from './BackupPassphraseFields';
import { autoBackupForm, NO_PASSPHRASE_YET, type AutoBackupFormValues } from './backup-forms';

/** Automatic encrypted backups to a folder the user picks (a synced folder carries them to another computer). */
export function AutoBackupSettings() {
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const form = useForm<AutoBackupFormValues, unknown, z.output<typeof autoBackupForm>>({
    resolver: zodResolver(autoBackupForm),
    defaultValues: { backup: NO_PASSPHRASE_YET, keep: '10' },
  });

  useEffect(() => {
    void api['backup.autoStatus']({}).then((r) => r.ok && setStatus(r.value));
  }, []);

  const act = async (call: () => Promise<Result<AutoBackupStatus>>) => {
    if (busy) return false;
    setBusy(true);
    setError('');
    const result = await call();
    setBusy(false);
    if (result.ok) setStatus(result.value);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
    return result.ok;
  };

  const turnOn = form.handleSubmit(async ({ backup, keep }) => {
    await act(() => api['backup.autoConfigure']({ ...backup, keep }));
  });

  return (
    <section aria-labelledby="auto-title">
      <h3 id="auto-title">Automatic backups</h3>
      {status?.enabled ? (
        <>
          <p role="status">
            On: encrypted backups go to <code>{status.folder}</code> on the first unlock of each day and when Cairn
            quits, keeping the newest {status.keep}.{' '}
            {status.lastBackupAt ? `Last backup: ${new Date(status.lastBackupAt).toLocaleString()}.` : 'No backup yet.'}
          </p>
          {status.lastError && <FormMessage>{`The last automatic backup failed (${status.lastError}). Earlier backups are untouched.`}</FormMessage>}
          <div className="actions">
            <Button isDisabled={busy} onPress={() => void act(() => api['backup.autoNow']({}))}>
              {busy ? 'Backing up…' : 'Back up now'}
            </Button>
            <Button isDisabled={busy} onPress={() => void act(() => api['backup.autoDisable']({}))}>
              Turn off automatic backups
            </Button>
          </div>
        </>
      ) : (
        <FormProvider {...form}>
          <PrivateForm onSubmit={(e) => void turnOn(e)} aria-labelledby="auto-title">
            {status?.lastError && <FormMessage>{status.lastError}</FormMessage>}
            <p className="muted">Off. Pick a folder (a synced folder works) and Cairn keeps encrypted copies there.</p>
            <BackupPassphraseFields
              vaultLabel="Your passphrase (protects the automatic backups)"
              separateLabel="Use a different passphrase for automatic backups"
              newLabel="Automatic backup passphrase"
            />
            <Controller
              control={form.control}
              name="keep"
              render={({ field, fieldState }) => (
                <NumberField
                  label="Backups to keep"
                  description="From 1 to 100; the oldest goes when there are more."
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  errorMessage={fieldState.error?.message}
                />
              )}
            />
            <Button type="submit" isDisabled={busy}>
              {busy ? 'Making the first backup…' : 'Choose folder and turn on…'}
            </Button>
          </PrivateForm>
        </FormProvider>
      )}
      <FormMessage>{error}</FormMessage>
    </section>
  );
}
