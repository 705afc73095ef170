// A recording stand-in for Electron's main-process API. It records what the
// built main bundle does at boot, calls every registered IPC handler once from
// the app origin and once from a foreign one, and writes the record on exit.
import { writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';

const record = {
  windows: [],
  loadedUrls: [],
  handlers: [],
  schemes: [],
  protocolHandlers: [],
  sandboxEnabled: false,
  singleInstanceLock: false,
  sessionHardened: { webRequest: false, permissionRequest: false, permissionCheck: false },
  calls: {},
  menu: null,
  quitCalled: false,
  focused: 0,
  sent: [],
  switches: {},
  errors: [],
  notifications: [],
  /** One entry per web contents created: what hardening it received. */
  webContents: [],
  exitCode: null,
  errorBoxes: [],
};

process.on('uncaughtException', (e) => record.errors.push(String(e?.stack ?? e)));
process.on('unhandledRejection', (e) => record.errors.push(String(e?.stack ?? e)));
process.on('exit', () => writeFileSync(process.env.SMOKE_REPORT, JSON.stringify(record, null, 2)));

const handlers = new Map();
const windows = [];
// Boot takes as long as the machine needs (libsodium's WebAssembly, disk):
// the probe runs once the window has loaded, not after a fixed delay.
const keepAlive = setInterval(() => {}, 1000);
setTimeout(() => clearInterval(keepAlive), 30_000).unref();

class FakeApp extends EventEmitter {
  // SMOKE_PACKAGED: boot as an installed build would.
  isPackaged = Boolean(process.env.SMOKE_PACKAGED);
  userData = null;
  commandLine = { appendSwitch: (name, value) => (record.switches[name] = value) };
  enableSandbox() {
    record.sandboxEnabled = true;
  }
  requestSingleInstanceLock() {
    record.singleInstanceLock = true;
    // SMOKE_SECOND_INSTANCE: pretend another Cairn already holds the lock.
    return !process.env.SMOKE_SECOND_INSTANCE;
  }
  whenReady() {
    return Promise.resolve();
  }
  getPath() {
    return this.userData ?? process.env.SMOKE_DATA_DIR;
  }
  setPath(_name, value) {
    this.userData = value;
    record.userDataSetTo = value;
  }
  exit(code) {
    record.exitCode = code;
    clearInterval(keepAlive);
  }
  getVersion() {
    return '0.0.0-smoke';
  }
  quit() {
    record.quitCalled = true;
    clearInterval(keepAlive);
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record.schemes.push(...schemes),
  handle: (scheme) => record.protocolHandlers.push(scheme),
};

export const ipcMain = {
  handle: (channel, fn) => {
    record.handlers.push(channel);
    handlers.set(channel, fn);
  },
};

export const session = {
  defaultSession: {
    webRequest: { onBeforeRequest: () => (record.sessionHardened.webRequest = true) },
    setPermissionRequestHandler: () => (record.sessionHardened.permissionRequest = true),
    setPermissionCheckHandler: () => (record.sessionHardened.permissionCheck = true),
    setDevicePermissionHandler: () => {},
    setSpellCheckerEnabled: () => {},
  },
};

// One 1440×900 laptop screen (the work area leaves room for a menu bar).
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 25, width: 1440, height: 875 } }] };

export const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' };

class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.hardening = { webRTCPolicy: null, windowOpenHandler: false };
    record.webContents.push(this.hardening);
  }
  send(channel, payload) {
    record.sent.push({ channel, payload });
  }
  setWebRTCIPHandlingPolicy(policy) {
    this.hardening.webRTCPolicy = policy;
  }
  setWindowOpenHandler() {
    this.hardening.windowOpenHandler = true;
  }
}

export class BrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  static getFocusedWindow() {
    return null;
  }
  constructor(options) {
    super();
    record.windows.push(options);
    app.emit('web-contents-created', {}, this.webContents);
    windows.push(this);
  }
  loadURL(url) {
    record.loadedUrls.push(url);
    // Let the rest of the boot code that follows createMainWindow run first.
    setTimeout(probe, 0);
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  getNormalBounds() {
    return { x: 40, y: 60, width: 1000, height: 700 };
  }
  restore() {}
  focus() {
    record.focused += 1;
  }
  show() {}
}

export const Menu = {
  setApplicationMenu: (menu) => (record.menu = JSON.parse(JSON.stringify(menu))),
  buildFromTemplate: (t) => t,
};
export const powerMonitor = new EventEmitter();
powerMonitor.getSystemIdleTime = () => 0;
export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showErrorBox: (title, message) => record.errorBoxes.push({ title, message }),
};
export const shell = { openPath: async () => '' };

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    record.notifications.push(options);
  }
  show() {}
}

// After boot, call each handler as the app and as a stranger.
const appSender = { senderFrame: { url: 'app://cairn/index.html', parent: null } };
const fn_ = (channel, request) => handlers.get(channel)(appSender, request);

async function probe() {
  // A second launch of Cairn: the running one must come forward.
  app.emit('second-instance', {}, ['cairn'], process.cwd());
  for (const [channel, fn] of handlers) {
    const asApp = await fn({ senderFrame: { url: 'app://cairn/index.html', parent: null } }, {});
    const asStranger = await fn({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    record.calls[channel] = { asApp, asStranger };
  }
  // Creating a vault runs Argon2id at full cost on the bundled worker
  // (out/main/argon2-worker.js); count this thread's loop turns meanwhile.
  let turns = 0;
  let spinning = true;
  const spin = () => spinning && (turns++, setImmediate(spin));
  const created = fn_('cairn:vault.create', { passphrase: 'smoke test passphrase, four words' });
  setImmediate(spin);
  record.vaultCreate = { result: await created, loopTurns: turns };
  spinning = false;
  // The OS going to sleep must lock the vault and tell the page.
  powerMonitor.emit('suspend');
  // So must the page's process dying (main cannot rely on the page to lock).
  for (const window of windows) window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
  clearInterval(keepAlive);
  // Closing the window saves its size and place (the test reads the file after exit).
  windows[0]?.emit('close');
}

export default { app, protocol, ipcMain, session, screen, shell, nativeTheme, BrowserWindow, Menu, powerMonitor, dialog, Notification };
