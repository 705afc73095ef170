import { TextField } from '../../ui/TextField';

/**
 * Shown when main answers "forbidden": the vault has been open more than
 * 5 minutes, so a copy that leaves it (plain, or under another passphrase)
 * needs the vault passphrase once more. The message above it says why.
 */
export function ReenterPassphrase({ value, onChange, errorMessage }: { value: string; onChange: (value: string) => void; errorMessage?: string }) {
  return (
    <TextField
      className="reenter"
      label="Your Cairn passphrase"
      type="password"
      value={value}
      onChange={onChange}
      autoComplete="off"
      errorMessage={errorMessage}
      // It appears because the person just asked for this copy: the cursor goes where they type next.
      autoFocus
    />
  );
}
