import { app, BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/** Every renderer Cairn opens gets exactly these; nothing overrides them, not even tests. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries: promise 1.
    spellcheck: false,
    devTools: !app.isPackaged,
  };
}

/** The one window factory. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Cairn',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f6f2',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
