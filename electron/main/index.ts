import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, session } from 'electron';
import { eventIpcName } from '../../src/shared/channels';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { applyLaunchGuard } from './launch-guard';
import { installLockTriggers, lockWhenPageGone, withTimeLimit } from './lock-triggers';
import { installMenu } from './menu';
import { electronPrinter } from './print/electron-printer';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronNotifier } from './reminders/electron-notifier';
import { openTodayPanel } from './reminders/open-today';
import { hardenAllContents, hardenSession } from './security';
import { createServices } from './services';
import { createMainWindow } from './window';

// Composition root only: wiring, no logic.
/** Longest the quit-time automatic backup may hold up quitting (a stalled network folder). */
const QUIT_BACKUP_LIMIT_MS = 20_000;

// A packaged Cairn ignores CAIRN_USER_DATA and refuses debugger switches.
const allowedToStart = applyLaunchGuard(app, process.argv, process.env, (t, m) => dialog.showErrorBox(t, m), (p) => path.resolve(p));

app.enableSandbox();
// Belt and braces for promise 1: even a request that slipped past webRequest
// (DNS prefetch, a Chromium service) cannot resolve a host name.
app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
registerAppScheme(protocol);
hardenAllContents(app);

let mainWindow: BrowserWindow | null = null;

if (!allowedToStart) {
  // applyLaunchGuard has shown why and asked to exit.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(protocol, path.join(__dirname, '../renderer'));
    const { services, vault, autoBackup, idle } = await createServices({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      dialogs: electronDialogs,
      printer: electronPrinter(() => mainWindow),
      onLocked: (reason) => mainWindow?.webContents.send(eventIpcName('vault.locked'), { reason }),
      notifier: electronNotifier(),
      onReminderClicked: () => openTodayPanel(mainWindow),
      systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    });
    registerIpc(ipcMain, services);
    installMenu({
      lock: () => vault.lock('user'),
      exportBackup: () => mainWindow?.webContents.send(eventIpcName('menu.exportBackup'), {}),
    });
    const lockForOs = () => vault.lock('os');
    installLockTriggers({ powerMonitor, idle, lockForOs, setInterval });
    // Quit: write the automatic backup (if on) while the key still exists, then lock.
    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      quitting = true;
      event.preventDefault();
      void withTimeLimit(autoBackup.run(), QUIT_BACKUP_LIMIT_MS).finally(() => {
        vault.lock('os');
        app.quit();
      });
    });
    mainWindow = createMainWindow(path.join(__dirname, '../preload/index.cjs'));
    lockWhenPageGone(mainWindow.webContents, lockForOs);
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
