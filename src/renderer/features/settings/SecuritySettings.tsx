import { useState } from 'react';
import { AUTO_LOCK_CHOICES } from '../../../shared/domain/settings';
import { FormMessage } from '../../ui/FormMessage';
import { Select } from '../../ui/Select';
import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryKey } from './NewRecoveryKey';
import { ReencryptEverything } from './ReencryptEverything';
import { useSettings } from './useSettings';

const minutes = (m: number) => ({ id: String(m), label: `${m} minute${m === 1 ? '' : 's'}` });
const LOCK_CHOICES = AUTO_LOCK_CHOICES.map(minutes);
/** The offered times, plus a stored one that is not among them (the record allows up to 240), so the choice never shows blank. */
const choicesWith = (stored: number) => ((AUTO_LOCK_CHOICES as readonly number[]).includes(stored) ? LOCK_CHOICES : [...LOCK_CHOICES, minutes(stored)].sort((a, b) => Number(a.id) - Number(b.id)));

/** Settings → Security: when Cairn locks, the passphrase, the recovery key and re-encrypting. */
export function SecuritySettings() {
  const [settings, update] = useSettings();
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <h3>Locking</h3>
      <Select
        label="Lock after this long without activity"
        choices={choicesWith(settings.autoLockMinutes)}
        description="Cairn also locks when your computer locks or goes to sleep, and with Ctrl+L (⌘L)."
        value={String(settings.autoLockMinutes)}
        onChange={(id) => {
          setError('');
          void update({ autoLockMinutes: Number(id) }).catch((x: Error) => setError(x.message));
        }}
      />
      <FormMessage>{error}</FormMessage>
      <ChangePassphrase />
      <NewRecoveryKey />
      <ReencryptEverything />
    </section>
  );
}
