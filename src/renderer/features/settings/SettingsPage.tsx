import { useEffect, useState } from 'react';
import { AUTO_LOCK_CHOICES } from '../../../shared/domain/settings';
import { api } from '../../app/api';
import { BackupSettings } from '../backup/BackupSettings';
import { ImportEntry } from '../import/ImportEntry';
import { ChangePassphrase } from './ChangePassphrase';
import { NewRecoveryKey } from './NewRecoveryKey';
import { ReencryptEverything } from './ReencryptEverything';
import { RemindersSettings } from '../reminders/RemindersSettings';
import { useSettings } from './useSettings';

export function SettingsPage() {
  const [settings, update] = useSettings();
  const [error, setError] = useState('');
  const [dataLocation, setDataLocation] = useState('');

  useEffect(() => {
    void api['app.info']({}).then((r) => r.ok && setDataLocation(r.value.dataLocation));
  }, []);

  return (
    <section aria-labelledby="page-title" className="page settings">
      <h1 id="page-title">Settings</h1>
      <h2>Locking</h2>
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
      <p role="alert" className="error">
        {error}
      </p>
      <RemindersSettings />
      <h2>Security</h2>
      <ChangePassphrase />
      <NewRecoveryKey />
      <ReencryptEverything />
      <BackupSettings />
      <h2>Your data</h2>
      <p>
        Your encrypted vault is kept in <code>{dataLocation}</code>. Nothing is sent anywhere.
      </p>
      <ImportEntry />
    </section>
  );
}
