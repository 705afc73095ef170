import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllContents, hardenSession } from './security';
import { createServices } from './services';
import { createMainWindow } from './window';

// Composition root only: wiring, no logic.
const dataOverride = process.env.CAIRN_USER_DATA;
if (dataOverride) app.setPath('userData', path.resolve(dataOverride));

app.enableSandbox();
registerAppScheme(protocol);
hardenAllContents(app);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(protocol, path.join(__dirname, '../renderer'));
    registerIpc(ipcMain, createServices({ dataDir: app.getPath('userData'), version: app.getVersion() }));
    mainWindow = createMainWindow(path.join(__dirname, '../preload/index.cjs'));
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
