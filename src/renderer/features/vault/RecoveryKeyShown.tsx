import { useState } from 'react';
import { api } from '../../app/api';

/** Shown once after creating a vault: the only way in if the passphrase is forgotten. */
export function RecoveryKeyShown({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [note, setNote] = useState('');

  const saveToFile = async () => {
    const result = await api['vault.saveRecoveryKey']({ recoveryKey });
    if (result.ok) setNote(`Saved to ${result.value.path}.`);
    else if (result.error.code !== 'cancelled') setNote(result.error.message);
  };

  return (
    <section aria-labelledby="page-title" className="gate-card recovery-key">
      <h1 id="page-title">Your recovery key</h1>
      <p>
        If you ever forget your passphrase, this key is the only way back into your journal. Cairn shows it
        once. Print it or save it somewhere private, away from this computer.
      </p>
      <p className="recovery-key-value" aria-label="Recovery key" tabIndex={0}>
        {recoveryKey}
      </p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print…
        </button>
        <button type="button" onClick={() => void saveToFile()}>
          Save to a file…
        </button>
      </div>
      <p role="status" className="muted no-print">
        {note}
      </p>
      <label className="checkbox no-print">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />I have saved my
        recovery key somewhere safe
      </label>
      <button type="button" className="primary no-print" disabled={!saved} onClick={onDone}>
        Continue
      </button>
    </section>
  );
}
