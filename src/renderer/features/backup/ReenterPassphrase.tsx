import { useId } from 'react';

/**
 * Shown when main answers "forbidden": the vault has been open more than
 * 5 minutes, so a copy that leaves it (plain, or under another passphrase)
 * needs the vault passphrase once more. The message above it says why.
 */
export function ReenterPassphrase({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="reenter">
      <label htmlFor={id}>Your Cairn passphrase</label>
      <input id={id} type="password" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" autoFocus />
    </div>
  );
}
