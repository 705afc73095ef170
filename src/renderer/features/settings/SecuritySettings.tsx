import { useState } from 'react';
import { AUTO_LOCK_CHOICES } from '../../../shared/domain/settings';
import { FormMessage } from '../../ui/FormMessage';
import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryKey } from './NewRecoveryKey';
import { ReencryptEverything } from './ReencryptEverything';
import { useSettings } from './useSettings';

/** Settings → Security: when Cairn locks, the passphrase, the recovery key and re-encrypting. */
export function SecuritySettings() {
  const [settings, update] = useSettings();
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <h3>Locking</h3>
      <label htmlFor="auto-lock">Lock after this long without activity</label>
      <select
        id="auto-lock"
        value={settings.autoLockMinutes}
        onChange={(e) => void update({ autoLockMinutes: Number(e.target.value) }).catch((x: Error) => setError(x.message))}
      >
        {AUTO_LOCK_CHOICES.map((m) => (
          <option key={m} value={m}>
            {m} minute{m === 1 ? '' : 's'}
          </option>
        ))}
      </select>
      <p className="muted">Cairn also locks when your computer locks or goes to sleep, and with Ctrl+L (⌘L).</p>
      <FormMessage>{error}</FormMessage>
      <ChangePassphrase />
      <NewRecoveryKey />
      <ReencryptEverything />
    </section>
  );
}
