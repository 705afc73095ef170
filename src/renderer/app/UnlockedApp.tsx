import { useCallback, useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { useExportBackupMenu } from '../features/backup/useExportBackupMenu';
import { useCheckinShortcut } from '../features/journal/useCheckinShortcut';
import { useReminderSync } from '../features/medications/useReminderSync';
import { SnoozeBar } from '../features/reminders/SnoozeBar';
import { SearchEverything } from '../features/search/SearchEverything';
import { useSettings } from '../features/settings/useSettings';
import { useVault } from '../db/vault-context';
import { useIdleLock } from '../features/vault/useIdleLock';
import { applyTheme } from '../ui/theme-choice';
import { api } from './api';
import { AboutDialog } from './AboutDialog';
import { router } from './router';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useMenuCommands } from './useMenuCommands';

const reportActivity = (autoLockMinutes: number) => void api['vault.activity']({ autoLockMinutes });

/** The app once the vault is open: routes, the lock shortcut and the idle lock. */
export function UnlockedApp() {
  const { lock } = useVault();
  const [settings] = useSettings();
  const lockIdle = useCallback(() => lock('idle'), [lock]);
  useIdleLock(settings.autoLockMinutes, lockIdle, reportActivity);
  useCheckinShortcut(router.navigate);
  useExportBackupMenu(router.navigate);
  useReminderSync();
  const theme = settings.theme ?? 'system';
  useEffect(() => applyTheme(theme), [theme]);
  const [helpDialog, setHelpDialog] = useMenuCommands(router.navigate);
  const closeHelp = useCallback(() => setHelpDialog(null), [setHelpDialog]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock('user');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  return (
    <>
      <SnoozeBar />
      <RouterProvider router={router} />
      {helpDialog === 'shortcuts' && <ShortcutsDialog onClose={closeHelp} />}
      {helpDialog === 'about' && <AboutDialog onClose={closeHelp} />}
      <SearchEverything navigate={router.navigate} />
    </>
  );
}
