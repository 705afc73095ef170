import path from 'node:path';
import type { Page } from '@playwright/test';
import { channels } from '../../src/shared/channels';
import { fail } from '../../src/shared/result';
import { dispatch, type Services } from '../../electron/main/dispatch';
import { createServices } from '../../electron/main/services';
import { serveStatic } from './static-server';

const RENDERER_ROOT = path.resolve('out/renderer');
const BINDING = '__cairnHarnessInvoke';

export interface Harness {
  origin: string;
  services: Services;
  close: () => Promise<void>;
}

/**
 * The browser end-to-end harness: the real main-process services in Node and
 * the built renderer over HTTP. Only the transport differs from Electron.
 */
export async function startHarness(dataDir: string): Promise<Harness> {
  const services = createServices({ dataDir, version: '0.0.0-harness' });
  const server = await serveStatic(RENDERER_ROOT);
  return { origin: server.origin, services, close: server.close };
}

/**
 * Gives the page a `window.cairn` built from the contract's channel list. The
 * transport is a Playwright binding (a CDP binding, not a network socket), so
 * the page keeps the production CSP, `connect-src 'none'` included.
 */
export async function attachHarness(page: Page, harness: Harness): Promise<void> {
  await page.exposeBinding(BINDING, async (source, channel: unknown, request: unknown) => {
    const frame = source.frame;
    const trusted = frame.parentFrame() === null && new URL(frame.url()).origin === harness.origin;
    if (!trusted) return fail('forbidden', 'This request did not come from Cairn and was refused.');
    return dispatch(String(channel), request, harness.services);
  });
  await page.addInitScript(
    ({ names, binding }) => {
      const invoke = (channel: string, request: unknown) =>
        (window as unknown as Record<string, (c: string, r: unknown) => Promise<unknown>>)[binding]!(
          channel,
          request,
        );
      const api = Object.fromEntries(names.map((name) => [name, (request: unknown) => invoke(name, request)]));
      Object.defineProperty(window, 'cairn', { value: Object.freeze(api), enumerable: true });
    },
    { names: [...channels], binding: BINDING },
  );
}
