import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { measureStrength, type Strength } from './passphrase-strength';

interface Props {
  /** Called with the passphrase when both fields match and it is strong enough, else null. */
  onChange: (accepted: string | null) => void;
  label?: string;
}

/**
 * The zod field for a form that holds NewPassphraseFields' answer: null until the pair is accepted, then the
 * passphrase. The form's submit stays disabled until then (the strength and match lines say why), so the message
 * is a last guard rather than something a person normally sees.
 */
export const acceptedPassphrase = (message = 'Choose a passphrase and type it twice.') =>
  z
    .string()
    .nullable()
    .transform((accepted, ctx) => accepted ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER));

/** Passphrase twice, with a strength meter that explains a refusal. */
export function NewPassphraseFields({ onChange, label = 'New passphrase' }: Props) {
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [strength, setStrength] = useState<(Strength & { of: string }) | null>(null);

  useEffect(() => {
    let live = true;
    if (!first) return;
    void measureStrength(first).then((s) => live && setStrength({ ...s, of: first }));
    return () => {
      live = false;
    };
  }, [first]);

  // A measurement of an older value is never shown or trusted.
  const current = first && strength?.of === first ? strength : null;
  const mismatch = second.length > 0 && first !== second;
  useEffect(() => {
    onChange(current?.acceptable && first === second ? first : null);
  }, [current, first, second, onChange]);

  return (
    <div className="field-group">
      <label htmlFor={`${id}-first`}>{label}</label>
      <input
        id={`${id}-first`}
        type="password"
        autoComplete="new-password"
        value={first}
        onChange={(e) => setFirst(e.target.value)}
        aria-describedby={`${id}-strength`}
      />
      <div id={`${id}-strength`} className="strength" aria-live="polite">
        {current && (
          <>
            <meter min={0} max={4} low={2} high={3} optimum={4} value={current.score} aria-label="Passphrase strength" />
            <span className={current.acceptable ? '' : 'error'}>
              {current.label}
              {current.advice && `: ${current.advice}`}
            </span>
          </>
        )}
      </div>
      <label htmlFor={`${id}-second`}>Type it again</label>
      <input
        id={`${id}-second`}
        type="password"
        autoComplete="new-password"
        value={second}
        onChange={(e) => setSecond(e.target.value)}
        aria-invalid={mismatch}
        aria-describedby={`${id}-match`}
      />
      <p id={`${id}-match`} className="error" aria-live="polite">
        {mismatch ? 'The two passphrases are different.' : ''}
      </p>
    </div>
  );
}
