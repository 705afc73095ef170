import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, powerMonitor, protocol, screen, session, shell } from 'electron';
import { eventIpcName } from '../../src/shared/channels';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { applyLaunchGuard } from './launch-guard';
import { installLockTriggers, lockWhenPageGone, withTimeLimit } from './lock-triggers';
import { installMenu, type MenuActions } from './menu';
import { electronPrinter } from './print/electron-printer';
import { registerAppScheme, serveRenderer } from './protocol';
import { electronNotifier } from './reminders/electron-notifier';
import { openReminder } from './reminders/open-reminder';
import { installBackgroundPresence } from './background/background-presence';
import { electronTray } from './background/electron-tray';
import { hardenAllContents, hardenSession } from './security';
import { createServices } from './services';
import { setArgon2WorkerFile } from './vault/argon2-thread';
import { createMainWindow } from './window';
import { placeWindow, readWindowState, writeWindowState } from './window-state';

// Composition root only: wiring, no logic.
/** Longest the quit-time automatic backup may hold up quitting (a stalled network folder). */
const QUIT_BACKUP_LIMIT_MS = 20_000;

// A packaged Cairn ignores CAIRN_USER_DATA and refuses debugger switches.
const allowedToStart = applyLaunchGuard(app, process.argv, process.env, (t, m) => dialog.showErrorBox(t, m), (p) => path.resolve(p));

// electron.vite.config.ts builds the worker as a second entry beside this file.
setArgon2WorkerFile(path.join(__dirname, 'argon2-worker.js'));
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
  app.on('window-all-closed', () => app.quit());
  /** Set by before-quit: the window may then close even when Cairn keeps running in the background. */
  let quitting = false;
  const showWindow = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  // A second launch brings the running Cairn forward, hidden in the background or not.
  app.on('second-instance', showWindow);

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(protocol, path.join(__dirname, '../renderer'));
    const { services, vault, autoBackup, idle, background } = await createServices({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      dialogs: electronDialogs,
      printer: electronPrinter(() => mainWindow),
      onLocked: (reason) => mainWindow?.webContents.send(eventIpcName('vault.locked'), { reason }),
      notifier: electronNotifier(),
      onReminderClicked: (reminder) => mainWindow && openReminder(mainWindow, reminder),
      systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    });
    registerIpc(ipcMain, services);
    const menuActions: MenuActions = {
      lock: () => vault.lock('user'),
      exportBackup: () => mainWindow?.webContents.send(eventIpcName('menu.exportBackup'), {}),
      command: (id) => mainWindow?.webContents.send(eventIpcName('menu.command'), { id }),
      showDataFolder: () => void shell.openPath(app.getPath('userData')),
      appearance: nativeTheme.themeSource,
      // The page follows prefers-color-scheme, which themeSource sets; rebuilt so the radio shows the choice.
      setAppearance: (appearance) => {
        nativeTheme.themeSource = appearance;
        installMenu({ ...menuActions, appearance });
      },
    };
    installMenu(menuActions);
    const lockForOs = () => vault.lock('os');
    installLockTriggers({ powerMonitor, idle, lockForOs, setInterval });
    // Quit: write the automatic backup (if on) while the key still exists, then lock.
    app.on('before-quit', (event) => {
      if (quitting) return;
      quitting = true;
      event.preventDefault();
      void withTimeLimit(autoBackup.run(), QUIT_BACKUP_LIMIT_MS).finally(() => {
        vault.lock('os');
        app.quit();
      });
    });
    const dataDir = app.getPath('userData');
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow(path.join(__dirname, '../preload/index.cjs'), placeWindow(await readWindowState(dataDir), workAreas));
    mainWindow = window;
    lockWhenPageGone(window.webContents, lockForOs);
    // Remember size and place for next time (normal bounds, so a maximised window restores sensibly).
    window.on('close', () => void writeWindowState(dataDir, window.getNormalBounds(), window.isMaximized()).catch(() => {}));
    window.on('closed', () => (mainWindow = null));
    installBackgroundPresence(window, {
      setting: background,
      // Packaged: beside the asar (electron-builder.yml extraResources); from a checkout: the resources folder.
      createTray: () =>
        electronTray(app.isPackaged ? path.join(process.resourcesPath, 'tray-icon.png') : path.join(app.getAppPath(), 'resources/icons/32x32.png'), {
          open: showWindow,
          quit: () => app.quit(),
        }),
      showWindow,
      quitting: () => quitting,
      lock: () => vault.lock('user'),
    });
  });
}
