import { app, BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { DEFAULT_WINDOW, MIN_WINDOW, type WindowPlacement } from './window-state';

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
export function createMainWindow(
  preloadPath: string,
  placement: WindowPlacement = { ...DEFAULT_WINDOW, maximized: false },
): BrowserWindow {
  const window = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    // The design's smallest layout: the sidebar stays and nothing scrolls sideways.
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Cairn',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f6f2',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => (placement.maximized ? window.maximize() : window.show()));
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
