import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { api } from '../../app/api';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { RadioList } from '../../ui/RadioList';
import { restoreForm, type RestoreFormValues } from './backup-forms';
import { BackupPreview, personRecords } from './BackupPreview';
import { OpenBackupForm, type OpenedBackup } from './OpenBackupForm';
import { ReenterPassphrase } from './ReenterPassphrase';

const count = (n: number) => new Intl.NumberFormat().format(n);
const records = (n: number) => `${count(n)} record${n === 1 ? '' : 's'}`;

const MODES = [
  { value: 'merge', label: "Merge: add the backup's records; where both have a record, keep the newer one" },
  { value: 'replace', label: 'Replace: make the journal exactly what the backup holds' },
] as const;

/** Verify (look inside) or restore a backup while the vault is open. */
export function RestoreBackup() {
  const { repository } = useVault();
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [formKey, setFormKey] = useState(0);
  // passphrase is null until Replace asks once more, naming what goes: it is needed for the safety copy.
  const { control, handleSubmit, reset, setValue, formState } = useForm<RestoreFormValues, unknown, z.output<typeof restoreForm>>({
    resolver: zodResolver(restoreForm),
    defaultValues: { mode: 'merge', passphrase: null },
  });
  const [mode, passphrase] = useWatch({ control, name: ['mode', 'passphrase'] });
  const confirming = passphrase !== null;
  const busy = formState.isSubmitting;
  const current = repository.store.liveSize;

  const clear = () => {
    setOpened(null);
    reset({ mode: 'merge', passphrase: null });
    setFormKey((k) => k + 1);
  };

  const close = () => {
    if (opened) void api['backup.forget']({ fileId: opened.fileId });
    clear();
  };

  const restore = handleSubmit(async (values) => {
    if (!opened) return;
    setMessage(null);
    try {
      const rows = await repository.rows();
      const result = await api['backup.restore']({
        fileId: opened.fileId,
        mode: values.mode,
        rows,
        ...(values.mode === 'replace' && values.passphrase ? { passphrase: values.passphrase } : {}),
      });
      if (!result.ok) throw new Error(result.error.message);
      const report = await repository.writeRestored(result.value.rows, values.mode);
      const copy = result.value.safetyBackup ? ` Your journal as it was is saved in ${result.value.safetyBackup}.` : '';
      const kept = result.value.keptDamaged > 0 ? ` ${count(result.value.keptDamaged)} damaged part(s) were kept as they were.` : '';
      setMessage({ text: `Restored. Your journal now holds ${records(report.records)}.${copy}${kept}`, error: false });
      clear();
    } catch (error) {
      setMessage({ text: `${(error as Error).message} Your journal was not changed.`, error: true });
    }
  });

  return (
    <section aria-labelledby="restore-title">
      <h3 id="restore-title">Verify or restore a backup</h3>
      {!opened ? (
        <OpenBackupForm key={formKey} onOpened={setOpened} submitLabel="Check backup" />
      ) : (
        <PrivateForm onSubmit={(e) => void restore(e)} aria-labelledby="restore-title">
          <p role="status">{opened.fileName} is a complete, undamaged Cairn backup.</p>
          <BackupPreview summary={opened.summary} />
          <Controller
            control={control}
            name="mode"
            render={({ field }) => <RadioList label="Restore how?" options={MODES} value={field.value} onChange={field.onChange} isDisabled={confirming || busy} />}
          />
          {confirming ? (
            <div className="confirm-replace" role="group" aria-labelledby="replace-title">
              <p id="replace-title">
                <strong>
                  This replaces the {records(current)} in your journal with the {records(personRecords(opened.summary))} in the backup.
                </strong>{' '}
                Cairn first saves a copy of your journal as it is now, encrypted with your passphrase, in its data folder.
              </p>
              <Controller
                control={control}
                name="passphrase"
                render={({ field, fieldState }) => <ReenterPassphrase value={field.value ?? ''} onChange={field.onChange} errorMessage={fieldState.error?.message} />}
              />
              <div className="actions">
                <Button type="submit" variant="danger" isDisabled={busy}>
                  {busy ? 'Saving a copy, then replacing…' : `Replace ${records(current)}`}
                </Button>
                <Button onPress={() => setValue('passphrase', null)} isDisabled={busy}>
                  Keep my journal
                </Button>
              </div>
            </div>
          ) : (
            <div className="actions">
              {mode === 'replace' && current > 0 ? (
                <Button variant="primary" onPress={() => setValue('passphrase', '')}>
                  Replace my journal…
                </Button>
              ) : (
                <Button type="submit" variant="primary" isDisabled={busy}>
                  {busy ? 'Restoring…' : 'Restore this backup'}
                </Button>
              )}
              <Button onPress={close} isDisabled={busy}>
                Close
              </Button>
            </div>
          )}
        </PrivateForm>
      )}
      <FormMessage>{message?.error ? message.text : ''}</FormMessage>
      <p role="status">{message && !message.error ? message.text : ''}</p>
    </section>
  );
}
