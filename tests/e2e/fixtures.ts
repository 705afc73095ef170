import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, _electron, type Page } from '@playwright/test';
import { attachHarness, startHarness } from '../harness/harness';

export type Target = 'browser' | 'electron';

export interface CairnApp {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** The only origin the page may talk to. */
  origin: string;
  dataDir: string;
}

/**
 * `cairn` is the app under test with a fresh data folder. The same specs run
 * in Chromium through the harness, or in the real Electron app when a binary exists.
 */
export const test = base.extend<{ target: Target; cairn: CairnApp }>({
  target: ['browser', { option: true }],

  cairn: async ({ target, browser }, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-'));
    const requests: string[] = [];
    try {
      if (target === 'electron') {
        const app = await _electron.launch({
          args: [path.resolve('out/main/index.js')],
          env: { ...process.env, CAIRN_USER_DATA: dataDir },
        });
        const page = await app.firstWindow();
        page.on('request', (r) => requests.push(r.url()));
        await use({ page, requests, origin: 'app://cairn', dataDir });
        await app.close();
      } else {
        const harness = await startHarness(dataDir);
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('request', (r) => requests.push(r.url()));
        await attachHarness(page, harness);
        await page.goto(`${harness.origin}/index.html`);
        await use({ page, requests, origin: harness.origin, dataDir });
        await context.close();
        await harness.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export const expect = test.expect;

/** Origins of every request that did not go to the app itself. */
export const foreignRequests = (app: CairnApp): string[] =>
  app.requests.filter((url) => new URL(url).origin !== app.origin && !url.startsWith('app://cairn/'));
