import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, _electron, type BrowserContext, type Page } from '@playwright/test';
import { attachHarness, startHarness, type Harness } from '../harness/harness';

export type Target = 'browser' | 'electron';

export interface CairnApp {
  page: Page;
  /** Every URL any page requested, in order, across restarts. */
  requests: string[];
  /** The only origin the page may talk to. */
  origin: string;
  /** Browser profile (IndexedDB lives here) and the vault folder (vault.json). */
  profileDir: string;
  vaultDir: string;
  /** Browser target only: the harness, for answering save dialogs. */
  harness: Harness | null;
  /** Quit and start again on the same folders, as a user reopening the app. */
  restart: () => Promise<void>;
  /** Quit without starting again (flushes the profile to disk). */
  quit: () => Promise<void>;
}

export interface CairnFixtures {
  target: Target;
  cairn: CairnApp;
}

/**
 * `cairn` is the app under test with fresh data folders. The same specs run
 * in Chromium through the harness, or in the real Electron app when a binary exists.
 */
export const test = base.extend<CairnFixtures>({
  target: ['browser', { option: true }],

  cairn: async ({ target, playwright, launchOptions }, use) => {
    const root = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-'));
    const profileDir = path.join(root, 'profile');
    const vaultDir = path.join(root, 'vault');
    mkdirSync(vaultDir);
    const requests: string[] = [];
    let close: () => Promise<void> = async () => {};

    const app = { requests, profileDir, vaultDir, harness: null } as unknown as CairnApp;

    const startBrowser = async (port: number) => {
      const harness = await startHarness(vaultDir, port);
      const context: BrowserContext = await playwright.chromium.launchPersistentContext(profileDir, {
        ...launchOptions,
        headless: true,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('request', (r) => requests.push(r.url()));
      await attachHarness(page, harness);
      await page.goto(`${harness.origin}/index.html`);
      Object.assign(app, { page, origin: harness.origin, harness });
      close = async () => {
        await context.close();
        await harness.close();
      };
      return harness.port;
    };

    const startElectron = async () => {
      const electronApp = await _electron.launch({
        args: [path.resolve('out/main/index.js')],
        env: { ...process.env, CAIRN_USER_DATA: vaultDir },
      });
      const page = await electronApp.firstWindow();
      page.on('request', (r) => requests.push(r.url()));
      Object.assign(app, { page, origin: 'app://cairn' });
      close = () => electronApp.close();
      return 0;
    };

    const port = target === 'electron' ? await startElectron() : await startBrowser(0);
    app.restart = async () => {
      await close();
      await (target === 'electron' ? startElectron() : startBrowser(port));
    };
    app.quit = async () => {
      await close();
      close = async () => {};
    };
    try {
      await use(app);
    } finally {
      await close();
      rmSync(root, { recursive: true, force: true });
    }
  },
});

export const expect = test.expect;

/** Every request that did not go to the app's own origin. */
export const foreignRequests = (app: CairnApp): string[] =>
  app.requests.filter((url) => !url.startsWith(`${app.origin}/`));
