import { beforeEach, describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
const loaded: string[] = [];

vi.mock('electron', () => ({
  app: { isPackaged: true },
  nativeTheme: { shouldUseDarkColors: false },
  BrowserWindow: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
    once() {}
    loadURL(url: string) {
      loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('./window');

describe('the window factory', () => {
  beforeEach(() => {
    constructed.length = 0;
    loaded.length = 0;
  });

  it('opens a window with every hardening option set', () => {
    createMainWindow('/app/out/preload/index.cjs');
    expect(constructed).toHaveLength(1);
    const { webPreferences } = constructed[0] as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('loads the renderer from the app:// origin only', () => {
    createMainWindow('/p.cjs');
    expect(loaded).toEqual(['app://cairn/index.html']);
  });
});
