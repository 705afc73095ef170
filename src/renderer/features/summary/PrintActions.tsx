import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { PrivateForm } from '../../ui/PrivateForm';

/** Matches main's rule; main enforces it whatever the page does. */
const FRESH_MS = 5 * 60_000;

type Action = 'print' | 'pdf';

interface Props {
  paper: 'A4' | 'Letter';
  fileName: string;
  disabled: boolean;
}

/** Print and Save as PDF; asks for the passphrase first when the vault was unlocked more than 5 minutes ago. */
export function PrintActions({ paper, fileName, disabled }: Props) {
  const [asking, setAsking] = useState<Action | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (action: Action, given?: string) => {
    setBusy(true);
    setMessage(null);
    const request = { pageSize: paper, ...(given ? { passphrase: given } : {}) };
    const result = action === 'print' ? await api['summary.print'](request) : await api['summary.savePdf']({ ...request, fileName });
    setBusy(false);
    if (result.ok) {
      setAsking(null);
      setPassphrase('');
      if ('path' in result.value) setMessage({ text: `Saved to ${result.value.path}. This PDF is not encrypted.`, error: false });
      else setMessage({ text: result.value.printed ? 'Sent to the printer.' : 'Printing was cancelled.', error: false });
    } else if (result.error.code === 'forbidden') {
      setAsking(action);
    } else if (result.error.code !== 'cancelled') {
      setMessage({ text: result.error.message, error: true });
    }
  };

  const start = async (action: Action) => {
    const status = await api['vault.status']({});
    const fresh = status.ok && status.value.unlockedAt !== null && Date.now() - status.value.unlockedAt <= FRESH_MS;
    if (fresh) await run(action);
    else setAsking(action);
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (asking && passphrase) void run(asking, passphrase);
  };

  return (
    <div className="summary-actions">
      <div className="actions">
        <button type="button" className="primary" disabled={disabled || busy} onClick={() => void start('pdf')}>
          Save as PDF…
        </button>
        <button type="button" disabled={disabled || busy} onClick={() => void start('print')}>
          Print…
        </button>
      </div>
      {asking ? (
        <PrivateForm onSubmit={confirm} aria-label="Confirm your passphrase">
          <p>Cairn was unlocked more than 5 minutes ago. Enter your passphrase to {asking === 'pdf' ? 'save the PDF' : 'print'}.</p>
          <label htmlFor="summary-passphrase">Passphrase</label>
          <input id="summary-passphrase" type="password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!passphrase || busy}>
              {asking === 'pdf' ? 'Save as PDF…' : 'Print…'}
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </PrivateForm>
      ) : null}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : ''}>
        {message?.text}
      </p>
    </div>
  );
}
