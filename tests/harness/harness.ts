import path from 'node:path';
import type { Page } from '@playwright/test';
import { channels, events } from '../../src/shared/channels';
import { fail } from '../../src/shared/result';
import { dispatch, type Services } from '../../electron/main/dispatch';
import { createServices } from '../../electron/main/services';
import type { Notice, NoticeActions, ReminderScheduler } from '../../electron/main/reminders/scheduler';
import type { VaultService } from '../../electron/main/vault/vault-service';
import { setArgon2WorkerFile } from '../../electron/main/vault/argon2-thread';
import { serveStatic } from './static-server';
import { fromWire, toWire, WIRE_SCRIPT } from './bytes-wire';
import { createTestClock, type TestClock } from './test-clock';

// CAIRN_OUT_DIR lets parallel work build into separate folders; CI uses out/.
const RENDERER_ROOT = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out', 'renderer');
// The vault derives keys on the worker thread the build emits, as the app does.
setArgon2WorkerFile(path.resolve(process.env.CAIRN_OUT_DIR ?? 'out', 'main/argon2-worker.js'));
const INVOKE = '__cairnHarnessInvoke';
const EMIT = '__cairnHarnessEmit';

/** What a spec may set or read on `cairn.harness`, in the browser harness and in bundle mode alike. */
export interface HarnessControls {
  /** The path the next "save file" dialog answers with; null = the user cancels. */
  nextSavePath: string | null;
  /** The file the next "open file" dialog answers with; null = the user cancels. */
  nextOpenPath: string | null;
  /** The folder the next "choose folder" dialog answers with. */
  nextFolderPath: string | null;
  /** Page sizes of each OS print dialog the app opened (there is no dialog here; it is recorded). */
  printed: string[];
  /** Main's reminders, and every notification shown (with its click and, in the browser harness, its snooze buttons), recorded instead of shown. */
  reminders: Pick<ReminderScheduler, 'pending'>;
  notifications: (Notice & { click: () => void; snooze?: NoticeActions['snooze'] })[];
}

export interface Harness extends HarnessControls {
  origin: string;
  port: number;
  services: Services;
  vault: VaultService;
  /** The page events go to; set by attachHarness. */
  page: Page | null;
  /**
   * Set by `npm run bench` only: main's time per call (ms), keyed by the call
   * number the page's side logs, so the bench can split a round trip into main
   * and this harness's transport (bench/transport-probes.ts).
   */
  mainMs: Map<number, number> | null;
  close: () => Promise<void>;
  reminders: ReminderScheduler;
  /** Main's clock for reminders: the wall clock until a spec moves it forward (tests/harness/test-clock.ts). */
  clock: TestClock;
}

/**
 * The browser end-to-end harness: the real main-process services in Node and
 * the built renderer over HTTP. Only the transport differs from Electron.
 * Pass the previous port to restart on the same origin (IndexedDB is per origin).
 */
export async function startHarness(vaultDir: string, port = 0): Promise<Harness> {
  const server = await serveStatic(RENDERER_ROOT, port);
  const emit = (event: string, payload: unknown) =>
    void harness.page
      ?.evaluate(([name, message]) => (window as never as Record<string, (m: unknown) => void>)[name]?.(message), [
        EMIT,
        { event, payload: toWire(payload) },
      ] as const)
      .catch(() => {});
  const notifications: Harness['notifications'] = [];
  const clock = createTestClock();
  const { services, vault, reminders } = await createServices({
    dataDir: vaultDir,
    version: '0.0.0-harness',
    dialogs: {
      chooseSavePath: async () => harness.nextSavePath, chooseOpenPath: async () => harness.nextOpenPath,
      chooseFolder: async () => harness.nextFolderPath,
    },
    printer: {
      print: async ({ pageSize }) => (harness.printed.push(pageSize), true),
      // Chromium's own PDF printing of the harness page, as printToPDF does in Electron.
      pdf: async ({ pageSize }) => {
        if (!harness.page) throw new Error('No page attached to the harness.');
        return new Uint8Array(await harness.page.pdf({ format: pageSize, printBackground: true }));
      },
    },
    onLocked: (reason) => emit('vault.locked', { reason }),
    notifier: { show: (notice, { open, snooze }) => notifications.push({ ...notice, click: open, snooze }) },
    onReminderClicked: ({ kind, time, at }) => emit('reminders.open', { kind, time, at }),
    clock,
  });
  const harness: Harness = {
    origin: server.origin,
    port: server.port,
    services,
    vault,
    page: null,
    mainMs: null,
    nextSavePath: null,
    nextOpenPath: null,
    nextFolderPath: null,
    printed: [],
    close: async () => {
      reminders.stop();
      await server.close();
    },
    reminders,
    clock,
    notifications,
  };
  return harness;
}

/**
 * Gives the page a `window.cairn` built from the contract's channel and event
 * lists. The transport is a Playwright binding (a CDP binding, not a network
 * socket), so the page keeps the production CSP, `connect-src 'none'` included.
 */
export async function attachHarness(page: Page, harness: Harness): Promise<void> {
  harness.page = page;
  await page.exposeBinding(INVOKE, async (source, channel: unknown, request: unknown, call: unknown) => {
    const frame = source.frame;
    const trusted = frame.parentFrame() === null && new URL(frame.url()).origin === harness.origin;
    if (!trusted) return fail('forbidden', 'This request did not come from Cairn and was refused.');
    const started = performance.now();
    const result = await dispatch(String(channel), fromWire(request), harness.services);
    harness.mainMs?.set(Number(call), performance.now() - started);
    return toWire(result);
  });
  // Given the wire codec as arguments: a name imported here would not exist in the page.
  const install = (
    { names, eventNames, invokeName, emitName }: { names: string[]; eventNames: string[]; invokeName: string; emitName: string },
    encode: (value: unknown) => unknown,
    decode: (value: unknown) => unknown,
  ) => {
    const w = window as unknown as Record<string, unknown>;
    // `npm run bench` sets __cairnHarnessCalls to an array to log each round trip (page clock) with its payloads.
    let calls = 0;
    const invoke = async (channel: string, request: unknown) => {
      const call = ++calls;
      const started = performance.now();
      // Bytes travel as base64 text here only (bytes-wire.ts); the app sends and receives Uint8Arrays.
      const response = decode(await (w[invokeName] as (c: string, r: unknown, n: number) => Promise<unknown>)(channel, encode(request), call));
      const log = w.__cairnHarnessCalls as unknown[] | undefined;
      log?.push({ call, channel, started, ended: performance.now(), request, response });
      return response;
    };
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    w[emitName] = ({ event, payload }: { event: string; payload: unknown }) =>
      listeners.get(event)?.forEach((listener) => listener(decode(payload)));
    const on = (event: string, listener: (payload: unknown) => void) => {
      if (!eventNames.includes(event)) throw new Error(`Unknown Cairn event "${event}"`);
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    };
    const api = Object.fromEntries(names.map((name) => [name, (request: unknown) => invoke(name, request)]));
    Object.defineProperty(window, 'cairn', { value: Object.freeze({ ...api, on }), enumerable: true });
  };
  const settings = { names: [...channels], eventNames: [...events] as string[], invokeName: INVOKE, emitName: EMIT };
  await page.addInitScript({ content: `(() => {\n${WIRE_SCRIPT}\n(${install.toString()})(${JSON.stringify(settings)}, toWire, fromWire);\n})();` });
}
