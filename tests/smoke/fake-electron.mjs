// A recording stand-in for Electron's main-process API, in two modes.
// Smoke (SMOKE_REPORT set, tests/smoke/main-smoke.test.ts): it records what the
// built main bundle does at boot, calls every registered IPC handler once from
// the app origin and once from a foreign one, and writes the record on exit.
// Bundle (CAIRN_BUNDLE_LINK set, tests/harness/bundle.ts): nothing is probed;
// the page, dialogs, printing and the person's menu clicks come over the link
// from the Playwright fixture, which drives real Chromium (bundle-link.mjs).
import { writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { linked, notify, request, serve } from './bundle-link.mjs';

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

// An error main does not catch is recorded (smoke) or reported to the fixture, which fails the test (bundle).
const recordError = (e) => {
  record.errors.push(String(e?.stack ?? e));
  notify('error', { message: String(e?.stack ?? e) });
};
process.on('uncaughtException', recordError);
process.on('unhandledRejection', recordError);
process.on('exit', () => process.env.SMOKE_REPORT && writeFileSync(process.env.SMOKE_REPORT, JSON.stringify(record, null, 2)));

const handlers = new Map();
const protocolHandlers = new Map();
const windows = [];
const notifications = [];
let beforeRequest = null;
let applicationMenu = null;
// Boot takes as long as the machine needs (libsodium's WebAssembly, disk):
// the probe runs once the window has loaded, not after a fixed delay. In
// bundle mode the link to the fixture keeps the process alive instead.
const keepAlive = linked ? null : setInterval(() => {}, 1000);
if (keepAlive) setTimeout(() => clearInterval(keepAlive), 30_000).unref();

/** An Electron event whose default can be prevented. */
const preventable = () => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

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
    if (linked) process.exit(code);
  }
  getVersion() {
    return '0.0.0-smoke';
  }
  quit() {
    record.quitCalled = true;
    clearInterval(keepAlive);
    if (linked) this.#quitLikeElectron();
  }
  /** Electron's order: 'before-quit' (preventable), the windows close, 'will-quit' (preventable), 'quit', exit. */
  quitting = false;
  #quitLikeElectron() {
    if (this.quitting) return;
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    // Electron does not emit 'window-all-closed' when the windows close because of quit().
    this.quitting = true;
    for (const window of [...windows]) window.close();
    this.quitting = false;
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitting = true;
    this.emit('quit', {}, 0);
    notify('quit');
    // Let writes already started (window state) finish; main's own timers are unref'd.
    process.disconnect();
    setTimeout(() => process.exit(0), 5_000).unref();
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record.schemes.push(...schemes),
  handle: (scheme, handler) => {
    record.protocolHandlers.push(scheme);
    protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle: (channel, fn) => {
    record.handlers.push(channel);
    handlers.set(channel, fn);
  },
};

export const session = {
  defaultSession: {
    webRequest: {
      // Electron accepts (listener) or (filter, listener).
      onBeforeRequest: (...args) => {
        record.sessionHardened.webRequest = true;
        beforeRequest = args.at(-1);
      },
    },
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
  send(channel, payload, ...rest) {
    record.sent.push({ channel, payload });
    notify('send', { channel, args: [payload, ...rest] });
  }
  /** The OS print dialog: the fixture records the page size and answers as a person pressing Print. */
  print(options, callback) {
    if (!linked) return callback?.(false, 'No printer in the smoke test');
    request('print', { options }).then(
      ({ success, failureReason }) => callback?.(success, failureReason),
      (error) => callback?.(false, error.message),
    );
  }
  /** Chromium's PDF of the page, made by the fixture with page.pdf; Electron resolves a Buffer. */
  async printToPDF(options) {
    if (!linked) throw new Error('No page in the smoke test');
    return Buffer.from(await request('printToPDF', { options }));
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
    // In bundle mode the test is using the app, so its window has focus.
    return linked ? (windows.find((w) => !w.destroyed) ?? null) : null;
  }
  destroyed = false;
  constructor(options) {
    super();
    record.windows.push(options);
    app.emit('web-contents-created', {}, this.webContents);
    windows.push(this);
  }
  loadURL(url) {
    record.loadedUrls.push(url);
    if (linked) return this.#loadInChromium(url);
    // Let the rest of the boot code that follows createMainWindow run first.
    setTimeout(probe, 0);
    return Promise.resolve();
  }
  /** The fixture navigates its Chromium page; resolves once the page has loaded, as Electron's loadURL does. */
  async #loadInChromium(url) {
    await request('loadURL', { url });
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }
  close() {
    if (this.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    if (windows.length === 0 && !app.quitting) app.emit('window-all-closed');
  }
  isDestroyed() {
    return this.destroyed;
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
  setApplicationMenu: (menu) => {
    record.menu = JSON.parse(JSON.stringify(menu));
    applicationMenu = menu;
  },
  buildFromTemplate: (t) => t,
};
export const powerMonitor = new EventEmitter();
powerMonitor.getSystemIdleTime = () => 0;
// Electron's dialogs take (window, options) or (options); in bundle mode the fixture answers as the person would.
const dialogOptions = (args) => (args[0] instanceof BrowserWindow ? args[1] : args[0]) ?? {};
export const dialog = {
  showSaveDialog: async (...args) => (linked ? request('dialog.save', { options: dialogOptions(args) }) : { canceled: true }),
  showOpenDialog: async (...args) =>
    linked ? request('dialog.open', { options: dialogOptions(args) }) : { canceled: true, filePaths: [] },
  showErrorBox: (title, message) => {
    record.errorBoxes.push({ title, message });
    notify('errorBox', { title, message });
  },
};
export const shell = {
  openPath: async (folder) => {
    notify('openPath', { path: folder });
    return '';
  },
};

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    record.notifications.push(options);
    this.options = options;
  }
  show() {
    notifications.push(this);
    notify('notification', { index: notifications.length - 1, title: this.options.title, body: this.options.body });
  }
}

// Main adds a tray icon only when the person keeps Cairn running in the background.
export class Tray extends EventEmitter {
  constructor(image) {
    super();
    this.image = image;
  }
  setToolTip() {}
  setContextMenu() {}
  destroy() {}
}
export const nativeImage = { createFromPath: (path) => ({ path }) };

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

// Bundle mode: what the fixture can ask of main, as Chromium, the OS or the person would.
const originOf = (url) => {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
};
/** Electron's WebFrameMain as ipc.ts reads it: the frame's own URL and its parent (null for a top-level frame). */
const frameOf = (url, parentUrl) => ({
  url,
  origin: originOf(url),
  parent: parentUrl == null ? null : { url: parentUrl, origin: originOf(parentUrl), parent: null },
});
/** Every item of the live menu, with the labels leading to it. */
function* menuItems(items = applicationMenu ?? [], trail = []) {
  for (const item of items) {
    const labels = [...trail, item.label ?? item.role ?? ''];
    yield { item, labels };
    if (Array.isArray(item.submenu)) yield* menuItems(item.submenu, labels);
  }
}
const clickItem = (item) => item.click?.(item, BrowserWindow.getFocusedWindow(), { triggeredByAccelerator: false });

if (linked) {
  // ipcRenderer.invoke from the page: the handler main registered, with the sending frame as Chromium reports it.
  serve('invoke', async ({ channel, args, frame }) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = windows[0]?.webContents ?? null;
    return handler({ sender, senderFrame: frameOf(frame.url, frame.parentUrl), processId: 1, frameId: 1 }, ...args);
  });
  // A request Chromium makes on the app's scheme: main's protocol.handle answers it.
  serve('protocol', async ({ scheme, url, method, headers }) => {
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`No protocol handler registered for '${scheme}:'`);
    const response = await handler(new Request(url, { method, headers }));
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: new Uint8Array(await response.arrayBuffer()),
    };
  });
  // Every request the page makes passes main's session.webRequest filter first, as in Electron.
  serve('webRequest', ({ url, method, resourceType }) =>
    beforeRequest
      ? new Promise((resolve) => beforeRequest({ id: 0, url, method, resourceType, referrer: '', timestamp: Date.now() }, resolve))
      : { cancel: false },
  );
  serve('menu', () => JSON.parse(JSON.stringify(applicationMenu ?? [])));
  // A key press the OS gives the menu: only items whose accelerator main registers act.
  serve('menu.accelerator', ({ accelerator }) => {
    const hits = [...menuItems()].filter(({ item }) => item.accelerator === accelerator && item.registerAccelerator !== false);
    for (const { item } of hits) item.click?.(item, BrowserWindow.getFocusedWindow(), { triggeredByAccelerator: true });
    return hits.map(({ labels }) => labels);
  });
  serve('menu.click', ({ labels }) => {
    const hit = [...menuItems()].find((entry) => entry.labels.join('\u0000') === labels.join('\u0000'));
    if (!hit) throw new Error(`No menu item ${labels.join(' → ')}`);
    clickItem(hit.item);
    return hit.labels;
  });
  serve('powerMonitor', ({ event }) => void powerMonitor.emit(event, {}));
  serve('app.quit', () => void app.quit());
  serve('notification.click', ({ index }) => void notifications[index]?.emit('click', {}));
}

export default { app, protocol, ipcMain, session, screen, shell, nativeTheme, BrowserWindow, Menu, powerMonitor, dialog, Notification, Tray, nativeImage };
