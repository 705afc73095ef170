import { useState, type FormEvent } from 'react';
import { FileDown, Printer } from 'lucide-react';
import { api } from './api';
import { Button } from '../ui/Button';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { PrivateForm } from '../ui/PrivateForm';
import { TextField } from '../ui/TextField';
import styles from './print-actions.module.css';

/** Matches main's rule; main enforces it whatever the page does. */
const FRESH_MS = 5 * 60_000;

export type Paper = 'A4' | 'Letter';
type Action = 'print' | 'pdf';

const PAPERS = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' },
] as const;

interface Props {
  paper: Paper;
  fileName: string;
  /** Given, the paper size is chosen here; the summary chooses it among its own options instead. */
  onPaper?: (paper: Paper) => void;
  disabled?: boolean;
}

/**
 * Print and Save as PDF, for the appointment summary and the weekly review:
 * the summary.* channels print whatever page is showing, with the page's own
 * print CSS. Main asks for the passphrase again when Cairn was unlocked more
 * than 5 minutes ago, because paper leaves the vault in clear.
 */
export function PrintActions({ paper, fileName, onPaper, disabled = false }: Props) {
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
    <div className={`${styles.actions} no-print`}>
      {onPaper && <ChoiceGroup label="Paper" options={PAPERS} value={paper} onChange={onPaper} />}
      <div className={styles.actionsButtons}>
        <Button variant="primary" isDisabled={disabled || busy} onPress={() => void start('pdf')}>
          <FileDown size={16} aria-hidden="true" />
          Save as PDF…
        </Button>
        <Button isDisabled={disabled || busy} onPress={() => void start('print')}>
          <Printer size={16} aria-hidden="true" />
          Print…
        </Button>
      </div>
      {asking && (
        <PrivateForm onSubmit={confirm} aria-label="Confirm your passphrase" className={styles.passphrase}>
          <TextField
            label="Passphrase"
            type="password"
            autoFocus
            value={passphrase}
            onChange={setPassphrase}
            description={`Cairn was unlocked more than 5 minutes ago. Enter your passphrase to ${asking === 'pdf' ? 'save the PDF' : 'print'}.`}
          />
          <div className={styles.actionsButtons}>
            <Button type="submit" variant="primary" isDisabled={!passphrase || busy}>
              {asking === 'pdf' ? 'Save as PDF…' : 'Print…'}
            </Button>
            <Button variant="quiet" onPress={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </PrivateForm>
      )}
      <div role={message?.error ? 'alert' : 'status'} className={message?.error ? `${styles.message} ${styles.error}` : styles.message}>
        {message?.text}
      </div>
    </div>
  );
}
