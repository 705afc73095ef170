import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import type { Notice } from '../../electron/main/reminders/scheduler';
import { APP_ENTRY_URL, APP_SCHEME } from '../../electron/main/app-origin';
import { BundleLink } from './bundle-link';
import { BUNDLE_ORIGIN, toAppUrl, toPageUrl } from './bundle-origin';
import { BUNDLE_EMIT, BUNDLE_INVOKE, preloadInitScript } from './bundle-preload';
import type { HarnessControls } from './harness';
import { fromWire, toWire } from './bytes-wire';
import { E2E_BUNDLE_QUIT } from '../timeouts';

const OUT = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out');
const MAIN_BUNDLE = path.join(OUT, 'main/index.js');
const REGISTER_FAKE_ELECTRON = path.resolve('tests/smoke/register.mjs');

/** The power events Electron's powerMonitor emits that main listens for (and their opposites). */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface MenuItemJson {
  label?: string;
  role?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  submenu?: MenuItemJson[];
}

/**
 * The built main bundle running in a child Node process on the fake
 * `electron` (tests/smoke/fake-electron.mjs), wired to one Chromium context:
 * its app:// handler serves the page, its ipcMain handlers answer the built
 * preload's `window.cairn`, and the test can act as the OS or the person.
 */
export interface MainBundle extends HarnessControls {
  page: Page;
  origin: string;
  /** Every event main sent to the page with webContents.send, in order. */
  sent: { channel: string; args: unknown[] }[];
  /** Errors main did not catch, and error boxes it showed; the fixture fails a test that leaves any. */
  errors: string[];
  /** The application menu main installed, without its click handlers. */
  menu: () => Promise<MenuItemJson[]>;
  /** The key press the OS hands to the menu: clicks every item whose accelerator main registers; returns their label paths. */
  pressAccelerator: (accelerator: string) => Promise<string[][]>;
  /** Clicks the menu item at this label path, e.g. ['File', 'Lock Cairn']. */
  clickMenuItem: (...labels: string[]) => Promise<void>;
  /** The OS event, as Electron's powerMonitor emits it. */
  emitPowerMonitor: (event: PowerEvent) => Promise<void>;
  /** app.quit(): 'before-quit' (main's quit-time backup and lock), the window closes, the process exits. */
  quit: () => Promise<void>;
  /** Stops main at once if quitting did not (the test is ending anyway). */
  kill: () => void;
  /** Main's output, for failure messages. */
  output: () => string;
  /** Calls a handler main registered as the top-level app page would, without the page (the fixture's unlock). */
  invokeAsApp: (channel: string, ...args: unknown[]) => Promise<unknown>;
}

export interface BundleOptions {
  context: BrowserContext;
  /** CAIRN_USER_DATA for main (a development build honours it). */
  dataDir: string;
  /** Runs after main registered its handlers and before the page loads (the fixture's unlock). */
  beforeLoad?: (bundle: MainBundle) => Promise<void>;
}

/** Electron's resource types for the few Playwright names that differ (main's filter reads only the URL). */
function resourceTypeOf(route: Route): string {
  const type = route.request().resourceType();
  if (type === 'document') return route.request().frame().parentFrame() ? 'subFrame' : 'mainFrame';
  return type === 'fetch' ? 'xhr' : type;
}

export async function startBundle({ context, dataDir, beforeLoad }: BundleOptions): Promise<MainBundle> {
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_BUNDLE_LINK: '1', CAIRN_USER_DATA: dataDir };
  delete env.NODE_OPTIONS;
  const child: ChildProcess = fork(MAIN_BUNDLE, [], {
    execArgv: ['--import', REGISTER_FAKE_ELECTRON],
    env,
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const link = new BundleLink(child);
  const page = context.pages()[0] ?? (await context.newPage());

  const bundle: MainBundle = {
    page,
    origin: BUNDLE_ORIGIN,
    sent: [],
    errors: [],
    nextSavePath: null,
    nextOpenPath: null,
    nextFolderPath: null,
    printed: [],
    notifications: [],
    reminders: {
      pending: () => {
        throw new Error("Main's reminder queue lives inside the main bundle's process; read it in the browser harness (target 'browser').");
      },
    },
    menu: () => link.request('menu'),
    pressAccelerator: (accelerator) => link.request('menu.accelerator', { accelerator }),
    clickMenuItem: async (...labels) => void (await link.request('menu.click', { labels })),
    emitPowerMonitor: async (event) => void (await link.request('powerMonitor', { event })),
    quit: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await link.request('app.quit').catch(() => {});
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<'stuck'>((resolve) => (timer = setTimeout(() => resolve('stuck'), E2E_BUNDLE_QUIT)));
      const outcome = await Promise.race([exited, stuck]);
      clearTimeout(timer);
      if (outcome === 'stuck') {
        child.kill('SIGKILL');
        throw new Error(`Main did not quit within ${E2E_BUNDLE_QUIT / 1000} s of app.quit().\n${output}`);
      }
    },
    kill: () => void child.kill('SIGKILL'),
    output: () => output,
    invokeAsApp: (channel, ...args) => link.request('invoke', { channel, args, frame: { url: APP_ENTRY_URL, parentUrl: null } }),
  };

  // Main → the page and the person.
  link.serve<{ channel: string; args: unknown[] }>('send', ({ channel, args }) => {
    bundle.sent.push({ channel, args });
    void page
      .evaluate(([name, c, a]) => (window as never as Record<string, (c: string, a: unknown) => void>)[name]?.(c, a), [BUNDLE_EMIT, channel, toWire(args)] as const)
      .catch(() => {});
  });
  link.serve<{ message: string }>('error', ({ message }) => bundle.errors.push(message));
  link.serve<{ title: string; message: string }>('errorBox', ({ title, message }) => bundle.errors.push(`Error box "${title}": ${message}`));
  link.serve<Notice & { index: number }>('notification', ({ index, title, body }) =>
    bundle.notifications.push({ title, body, click: () => link.notify('notification.click', { index }) }),
  );
  link.serve<{ options: { properties?: string[] } }>('dialog.save', () =>
    bundle.nextSavePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: bundle.nextSavePath },
  );
  link.serve<{ options: { properties?: string[] } }>('dialog.open', ({ options }) => {
    const chosen = options.properties?.includes('openDirectory') ? bundle.nextFolderPath : bundle.nextOpenPath;
    return chosen === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [chosen] };
  });
  link.serve<{ options: { pageSize: string } }>('print', ({ options }) => {
    bundle.printed.push(options.pageSize);
    return { success: true, failureReason: '' };
  });
  link.serve<{ options: { pageSize: string; printBackground?: boolean; preferCSSPageSize?: boolean } }>('printToPDF', async ({ options }) =>
    new Uint8Array(await page.pdf({ format: options.pageSize, printBackground: options.printBackground, preferCSSPageSize: options.preferCSSPageSize })),
  );
  link.serve('openPath', () => {});
  link.serve('quit', () => {});

  // The page → main: every request passes main's webRequest filter, then app:// requests go to its protocol handler.
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = toAppUrl(request.url());
    try {
      const { cancel } = await link.request<{ cancel: boolean }>('webRequest', { url, method: request.method(), resourceType: resourceTypeOf(route) });
      if (cancel || !url.startsWith(`${APP_SCHEME}:`)) return await route.abort('blockedbyclient');
      const response = await link.request<{ status: number; headers: Record<string, string>; body: Uint8Array }>('protocol', {
        scheme: APP_SCHEME,
        url,
        method: request.method(),
        headers: request.headers(),
      });
      await route.fulfill({ status: response.status, headers: response.headers, body: Buffer.from(response.body) });
    } catch {
      // Main has quit or the page is closing: nothing answers, as in Electron.
      await route.abort('failed').catch(() => {});
    }
  });
  await context.exposeBinding(BUNDLE_INVOKE, async (source, channel: unknown, args: unknown) => {
    const parent = source.frame.parentFrame();
    const frame = { url: toAppUrl(source.frame.url()), parentUrl: parent ? toAppUrl(parent.url()) : null };
    try {
      const decoded = fromWire(args);
      return toWire(await link.request('invoke', { channel: String(channel), args: Array.isArray(decoded) ? decoded : [], frame }));
    } catch (error) {
      throw new Error(`Error invoking remote method '${String(channel)}': Error: ${(error as Error).message}`);
    }
  });
  await context.addInitScript({ content: preloadInitScript() });

  // Main boots, registers its handlers and opens its window; its loadURL is where the page starts.
  const loaded = new Promise<void>((resolve, reject) => {
    link.serve<{ url: string }>('loadURL', async ({ url }) => {
      try {
        await beforeLoad?.(bundle);
        await page.goto(toPageUrl(url));
        resolve();
      } catch (error) {
        reject(error as Error);
        throw error;
      }
    });
    void exited.then(() => reject(new Error(`Main exited before loading the page.\n${output}`)));
  });
  try {
    await loaded;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return bundle;
}
