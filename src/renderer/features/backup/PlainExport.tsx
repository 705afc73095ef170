import { useState } from 'react';
import { QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';
import { useVault } from '../../db/vault-context';
import { ReenterPassphrase } from './ReenterPassphrase';

const CSV_KINDS: { kind: string; label: string }[] = [
  { kind: 'journal.checkin', label: 'Daily check-ins' },
  { kind: 'journal.measure', label: 'Your own measures (their definitions)' },
  { kind: 'med.dose', label: 'Dose log' },
  { kind: 'med.sideEffect', label: 'Side effects' },
  ...QUESTIONNAIRE_LIST.map((q) => ({ kind: q.kind, label: `${q.name} questionnaires` })),
];

/** Unencrypted copies for a spreadsheet or another program, only after an explicit confirmation. */
export function PlainExport() {
  const { repository } = useVault();
  const [understood, setUnderstood] = useState(false);
  const [kind, setKind] = useState(CSV_KINDS[0]!.kind);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  /** The export waiting for the passphrase (asked again after 5 minutes unlocked). */
  const [pending, setPending] = useState<'json' | 'csv' | null>(null);
  const [passphrase, setPassphrase] = useState('');

  const run = async (format: 'json' | 'csv') => {
    setBusy(true);
    setMessage(null);
    const result = await api['export.plain']({
      rows: await repository.rows(),
      format,
      kind: format === 'csv' ? kind : null,
      ...(pending && passphrase ? { passphrase } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setPending(null);
      setPassphrase('');
      setMessage({ text: `Exported ${result.value.total} records to ${result.value.path}. This file is not encrypted.`, error: false });
    } else if (result.error.code !== 'cancelled') {
      if (result.error.code === 'forbidden') setPending(format);
      setMessage({ text: result.error.message, error: true });
    }
  };

  return (
    <section aria-labelledby="plain-title">
      <h3 id="plain-title">Plain exports (not encrypted)</h3>
      <p className="muted">
        For a spreadsheet or another app. Anyone who can open the file can read it; Cairn cannot protect it once it is saved.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />I understand the
        exported file is not encrypted
      </label>
      <div className="actions">
        <button type="button" disabled={!understood || busy} onClick={() => void run('json')}>
          Export everything as JSON…
        </button>
      </div>
      <label htmlFor="csv-kind">CSV of</label>
      <select id="csv-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
        {CSV_KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="button" disabled={!understood || busy} onClick={() => void run('csv')}>
          Export as CSV…
        </button>
      </div>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
      {pending && (
        <PrivateForm
          onSubmit={(e) => {
            e.preventDefault();
            if (passphrase && !busy) void run(pending);
          }}
        >
          <ReenterPassphrase value={passphrase} onChange={setPassphrase} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!passphrase || busy}>
              Export {pending === 'json' ? 'JSON' : 'CSV'}…
            </button>
            <button type="button" onClick={() => (setPending(null), setPassphrase(''), setMessage(null))}>
              Cancel
            </button>
          </div>
        </PrivateForm>
      )}
    </section>
  );
}
