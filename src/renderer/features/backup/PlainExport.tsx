import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { api } from '../../app/api';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { Select } from '../../ui/Select';
import { plainExportForm, type PlainExportFormValues } from './backup-forms';
import { ReenterPassphrase } from './ReenterPassphrase';

const CSV_KINDS: { id: string; label: string }[] = [
  { id: 'journal.checkin', label: 'Daily check-ins' },
  { id: 'journal.measure', label: 'Your own measures (their definitions)' },
  { id: 'med.dose', label: 'Dose log' },
  { id: 'med.sideEffect', label: 'Side effects' },
  ...QUESTIONNAIRE_LIST.map((q) => ({ id: q.kind, label: `${q.name} questionnaires` })),
];

type Format = 'json' | 'csv';

/** Unencrypted copies for a spreadsheet or another program, only after an explicit confirmation. */
export function PlainExport() {
  const { repository } = useVault();
  const { control, handleSubmit, setValue, formState } = useForm<PlainExportFormValues, unknown, z.output<typeof plainExportForm>>({
    resolver: zodResolver(plainExportForm),
    defaultValues: { understood: false, kind: CSV_KINDS[0]!.id, passphrase: null },
  });
  const understood = useWatch({ control, name: 'understood' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  /** The export waiting for the passphrase (asked again after 5 minutes unlocked). */
  const [pending, setPending] = useState<Format | null>(null);
  const busy = formState.isSubmitting;

  const run = (format: Format) =>
    handleSubmit(async ({ kind, passphrase }) => {
      setMessage(null);
      const result = await api['export.plain']({
        rows: await repository.rows(),
        format,
        kind: format === 'csv' ? kind : null,
        ...(passphrase ? { passphrase } : {}),
      });
      if (result.ok) {
        setPending(null);
        setValue('passphrase', null);
        setMessage({ text: `Exported ${result.value.total} records to ${result.value.path}. This file is not encrypted.`, error: false });
      } else if (result.error.code !== 'cancelled') {
        if (result.error.code === 'forbidden') {
          setPending(format);
          setValue('passphrase', '');
        }
        setMessage({ text: result.error.message, error: true });
      }
    })();

  const cancel = () => {
    setPending(null);
    setValue('passphrase', null);
    setMessage(null);
  };

  return (
    <PrivateForm
      aria-labelledby="plain-title"
      onSubmit={(e) => {
        // Enter in the passphrase field asked for again: the export that was waiting for it.
        e.preventDefault();
        if (pending) void run(pending);
      }}
    >
      <h3 id="plain-title">Plain exports (not encrypted)</h3>
      <p className="muted">
        For a spreadsheet or another app. Anyone who can open the file can read it; Cairn cannot protect it once it is saved.
      </p>
      <Controller
        control={control}
        name="understood"
        render={({ field }) => (
          <Checkbox isSelected={field.value} onChange={field.onChange}>
            I understand the exported file is not encrypted
          </Checkbox>
        )}
      />
      <div className="actions">
        <Button isDisabled={!understood || busy} onPress={() => void run('json')}>
          Export everything as JSON…
        </Button>
      </div>
      <Controller
        control={control}
        name="kind"
        render={({ field }) => <Select label="CSV of" choices={CSV_KINDS} value={field.value} onChange={field.onChange} />}
      />
      <div className="actions">
        <Button isDisabled={!understood || busy} onPress={() => void run('csv')}>
          Export as CSV…
        </Button>
      </div>
      <FormMessage>{message?.error ? message.text : ''}</FormMessage>
      <p role="status">{message && !message.error ? message.text : ''}</p>
      {pending && (
        <>
          <Controller
            control={control}
            name="passphrase"
            render={({ field, fieldState }) => <ReenterPassphrase value={field.value ?? ''} onChange={field.onChange} errorMessage={fieldState.error?.message} />}
          />
          <div className="actions">
            <Button type="submit" variant="primary" isDisabled={busy}>
              Export {pending === 'json' ? 'JSON' : 'CSV'}…
            </Button>
            <Button onPress={cancel}>Cancel</Button>
          </div>
        </>
      )}
    </PrivateForm>
  );
}
