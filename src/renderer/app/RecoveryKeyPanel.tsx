import { useId, useState, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { api } from './api';

interface Props {
  recoveryKey: string;
  /** "Your recovery key" after creating a vault; "Your new recovery key" from Settings. */
  title: string;
  /** A page title (h1) on the vault gate; a section (h3) inside Settings. */
  headingLevel: 1 | 3;
  intro: ReactNode;
  /** The accessible name of the key itself, which journeys read back. */
  keyLabel: string;
  confirmText: string;
  doneLabel: string;
  className?: string;
  onDone: () => void;
}

/**
 * A recovery key shown once — after creating a vault, and from Settings →
 * Security ("New recovery key", "Re-encrypt everything"). One panel so the
 * print, save and "I have saved it" steps behave the same in every place.
 */
export function RecoveryKeyPanel({ recoveryKey, title, headingLevel, intro, keyLabel, confirmText, doneLabel, className, onDone }: Props) {
  const [saved, setSaved] = useState(false);
  const [note, setNote] = useState('');
  const titleId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h3';

  const saveToFile = async () => {
    const result = await api['vault.saveRecoveryKey']({ recoveryKey });
    if (result.ok) setNote(`Saved to ${result.value.path}.`);
    else if (result.error.code !== 'cancelled') setNote(result.error.message);
  };

  return (
    <section aria-labelledby={titleId} className={['recovery-key', className].filter(Boolean).join(' ')}>
      <Heading id={titleId}>{title}</Heading>
      <p>{intro}</p>
      <p className="recovery-key-value" aria-label={keyLabel} tabIndex={0}>
        {recoveryKey}
      </p>
      <div className="actions no-print">
        <Button onPress={() => window.print()}>Print…</Button>
        <Button onPress={() => void saveToFile()}>Save to a file…</Button>
      </div>
      <p role="status" className="muted no-print">
        {note}
      </p>
      <div className="no-print">
        <Checkbox isSelected={saved} onChange={setSaved}>
          {confirmText}
        </Checkbox>
      </div>
      <Button variant="primary" className="no-print" isDisabled={!saved} onPress={onDone}>
        {doneLabel}
      </Button>
    </section>
  );
}
