import { useCallback, useEffect, useId, useState, type Ref } from 'react';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';

export interface BackupPassphrase {
  passphrase: string;
  separatePassphrase: boolean;
}

/**
 * "Your passphrase" by default (main checks it against the vault), or a new,
 * separate one with the strength meter. Reports null until usable.
 */
export function BackupPassphraseFields({
  vaultLabel,
  separateLabel,
  newLabel,
  onChange,
  inputRef,
  resetKey,
}: {
  vaultLabel: string;
  separateLabel: string;
  newLabel: string;
  onChange: (value: BackupPassphrase | null) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Changing it clears the typed passphrase (after a successful action). */
  resetKey?: number;
}) {
  const id = useId();
  const [separate, setSeparate] = useState(false);
  const [typed, setTyped] = useState({ value: '', resetKey });
  const [fresh, setFresh] = useState<string | null>(null);
  const accept = useCallback((p: string | null) => setFresh(p), []);
  const vaultPassphrase = typed.resetKey === resetKey ? typed.value : '';
  const passphrase = separate ? fresh : vaultPassphrase;

  useEffect(() => {
    onChange(passphrase ? { passphrase, separatePassphrase: separate } : null);
  }, [passphrase, separate, onChange]);

  return (
    <>
      {!separate && (
        <>
          <label htmlFor={id}>{vaultLabel}</label>
          <input
            id={id}
            ref={inputRef}
            type="password"
            value={vaultPassphrase}
            onChange={(e) => setTyped({ value: e.target.value, resetKey })}
            autoComplete="off"
          />
        </>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={separate} onChange={(e) => setSeparate(e.target.checked)} />
        {separateLabel}
      </label>
      {separate && <NewPassphraseFields onChange={accept} label={newLabel} />}
    </>
  );
}
