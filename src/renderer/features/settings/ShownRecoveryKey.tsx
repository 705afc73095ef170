import { useId, useState } from 'react';
import { api } from '../../app/api';

/**
 * A new recovery key, shown once (Settings → Security: "New recovery key" and
 * "Re-encrypt everything"). Print or save it; Done only after the person says it is kept.
 */
export function ShownRecoveryKey({ recoveryKey, intro, onDone }: { recoveryKey: string; intro: string; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [note, setNote] = useState('');
  const titleId = useId();

  const saveToFile = async () => {
    const result = await api['vault.saveRecoveryKey']({ recoveryKey });
    if (result.ok) setNote(`Saved to ${result.value.path}.`);
    else if (result.error.code !== 'cancelled') setNote(result.error.message);
  };

  return (
    <section aria-labelledby={titleId} className="recovery-key">
      <h3 id={titleId}>Your new recovery key</h3>
      <p>{intro}</p>
      <p className="recovery-key-value" aria-label="New recovery key" tabIndex={0}>
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
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />I have saved my new recovery key
        somewhere safe
      </label>
      <button type="button" className="no-print" disabled={!saved} onClick={onDone}>
        Done
      </button>
    </section>
  );
}
