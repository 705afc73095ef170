import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WIRE_SCRIPT } from './bytes-wire';

export const BUNDLE_INVOKE = '__cairnBundleInvoke';
export const BUNDLE_EMIT = '__cairnBundleEmit';

/** The built preload, the file Electron would load (createMainWindow's preload path). */
export const PRELOAD_BUNDLE = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out', 'preload/index.cjs');

/**
 * An init script that runs the *built* preload in each top-level document
 * before the page's own scripts, with `require('electron')` answered by a
 * fake `contextBridge` and `ipcRenderer`:
 * - `ipcRenderer.invoke` goes to a Playwright binding (CDP, not a network
 *   socket, so the production CSP stays as it is); the fixture hands the call
 *   to the handler main registered with `ipcMain.handle`, together with the
 *   frame Chromium says sent it.
 * - `ipcRenderer.on` listeners receive what main sends with `webContents.send`.
 * - `contextBridge.exposeInMainWorld` defines a read-only global.
 * Like Electron with `nodeIntegrationInSubFrames: false`, subframes get no preload.
 * Unlike Electron, the fake `ipcRenderer` lives in the page's world, not an
 * isolated one (Playwright cannot run init scripts in an isolated world);
 * docs/testing.md lists that difference.
 */
export function preloadInitScript(preloadSource = readFileSync(PRELOAD_BUNDLE, 'utf8')): string {
  // The wire codec comes as arguments: a name imported here would not exist in the page.
  const fakeElectron = (invokeName: string, emitName: string, encode: (value: unknown) => unknown, decode: (value: unknown) => unknown) => {
    const w = window as unknown as Record<string, unknown>;
    const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
    const ipcRenderer = {
      // Bytes cross the binding as base64 text (bytes-wire.ts); the preload and the page see Uint8Arrays.
      invoke: async (channel: string, ...args: unknown[]) =>
        decode(await (w[invokeName] as (channel: string, args: unknown) => Promise<unknown>)(channel, encode(args))),
      on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
        return ipcRenderer;
      },
      removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    Object.defineProperty(window, emitName, {
      value: (channel: string, args: unknown) =>
        listeners.get(channel)?.forEach((listener) => listener({ sender: ipcRenderer }, ...(decode(args) as unknown[]))),
    });
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown) => Object.defineProperty(window, key, { value: api, enumerable: true }),
    };
    return (id: string) => {
      if (id === 'electron') return { contextBridge, ipcRenderer };
      throw new Error(`A sandboxed preload cannot require "${id}".`);
    };
  };
  return `(() => {
  if (window !== window.top) return;
${WIRE_SCRIPT}
  const require = (${fakeElectron.toString()})(${JSON.stringify(BUNDLE_INVOKE)}, ${JSON.stringify(BUNDLE_EMIT)}, toWire, fromWire);
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
