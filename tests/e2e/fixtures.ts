import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, _electron, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import { ipcName } from '../../src/shared/channels';
import type { Result } from '../../src/shared/result';
import { HEADER_FILE, KDF_BOUNDS } from '../../electron/main/vault/header';
import { VaultService } from '../../electron/main/vault/vault-service';
import { startBundle, type MainBundle } from '../harness/bundle';
import { attachHarness, startHarness, type HarnessControls } from '../harness/harness';
import { rememberArgon2 } from '../harness/argon2-memo';
import { E2E_SLOW_STEP, E2E_FIXTURE } from '../timeouts';

/**
 * How the app runs (docs/testing.md, "Modes"):
 * - 'browser': the built renderer in Chromium; main's services from source behind the harness's own window.cairn.
 * - 'bundles': the built main bundle in Node on a fake `electron`, serving the page and answering the built preload.
 * - 'electron': the real app, where a binary exists.
 */
export type Target = 'browser' | 'bundles' | 'electron';

/**
 * What the app holds when a test starts:
 * - 'none': no vault; the welcome screen (specs about creating a vault, restoring on a new machine).
 * - 'locked': a vault made in Node, the unlock screen showing.
 * - 'unlocked': the same vault, unlocked, the Today screen showing; the default for everything else.
 */
export type VaultStart = 'none' | 'locked' | 'unlocked';

/**
 * Where the browser keeps the page's storage (IndexedDB) in the browser target:
 * - 'memory': a new context of the worker's one Chromium; kept across `cairn.restart()` (the
 *   page is closed and opened again in the same context), gone after the test. The default: no
 *   Chromium start per test.
 * - 'disk': a Chromium of its own on a profile folder (`cairn.profileDir`), for specs that read
 *   or delete the files the browser wrote (the no-plaintext canaries, wiping the machine).
 * The bundles target always uses a profile folder; Electron keeps its own.
 */
export type ProfileStore = 'memory' | 'disk';

/** The passphrase of the vault the fixture makes (the same one steps.ts types). */
export const FIXTURE_PASSPHRASE = 'violet tuba marsh quietly 47';

export interface CairnApp {
  page: Page;
  /** Every URL any page requested, in order, across restarts. */
  requests: string[];
  /** The only origin the page may talk to. */
  origin: string;
  /** Browser profile (IndexedDB lives here; only with `profile: 'disk'`, reading it otherwise throws) and the vault folder (vault.json). */
  profileDir: string;
  vaultDir: string;
  /** Browser and bundles targets: answers the file dialogs, records printing and notifications. */
  harness: HarnessControls | null;
  /** Bundles target only: the built main process, for acting as the OS or the person (menu, power events, quit). */
  bundle: MainBundle | null;
  /** The recovery key of the vault the fixture made ('locked' / 'unlocked'); null when the test starts with none. */
  recoveryKey: string | null;
  /** Quit and start again on the same folders, as a user reopening the app. */
  restart: () => Promise<void>;
  /** Quit without starting again (flushes the profile to disk). */
  quit: () => Promise<void>;
}

interface VaultTemplate {
  headerFile: string;
  recoveryKey: string;
}

export interface CairnFixtures {
  target: Target;
  vault: VaultStart;
  profile: ProfileStore;
  /** Whether page.screenshot() writes its picture (see picturesOnlyWhenAsked). */
  pictures: boolean;
  cairn: CairnApp;
}

interface CairnWorkerFixtures {
  vaultTemplate: VaultTemplate;
  /** The worker's one Chromium for 'memory' profiles, started on first use (an Electron run never starts it). */
  workerBrowser: () => Promise<Browser>;
}

/** Removes a test's folders; never throws (Chromium may still be flushing its cache when it is told to quit). */
function removeQuietly(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  } catch (error) {
    console.warn(`Could not remove ${dir} after the test (${(error as NodeJS.ErrnoException).code}); left for the OS to clean.`);
  }
}

/**
 * `cairn` is the app under test with fresh data folders. The same specs run
 * in Chromium through the harness, or in the real Electron app when a binary exists.
 *
 * `test.use({ vault: 'unlocked' })` starts from a vault made in Node by the
 * real VaultService, unlocked through the real `vault.unlock` channel before
 * the page opens, so a spec about check-ins does not pay for typing a
 * passphrase and creating a vault. See docs/testing.md.
 */
/**
 * The specs' page.screenshot() calls leave pictures for a person to look at
 * (docs/testing.md); nothing reads them back. Taking them cost ~8% of the
 * specs' time, so `npm test` skips them: set CAIRN_SHOTS=1 to have them
 * written (`npm run screens` sets the `pictures` option).
 */
function picturesOnlyWhenAsked(page: Page, pictures: boolean): void {
  if (pictures) return;
  page.screenshot = async () => Buffer.alloc(0);
}

export const test = base.extend<CairnFixtures, CairnWorkerFixtures>({
  target: ['browser', { option: true }],
  vault: ['none', { option: true }],
  profile: ['memory', { option: true }],
  pictures: [process.env.CAIRN_SHOTS === '1', { option: true }],

  workerBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let browser = null as Promise<Browser> | null;
      await use(() => (browser ??= playwright.chromium.launch({ ...launchOptions, headless: true })));
      if (browser) await (await browser).close().catch((error: Error) => console.warn(`Closing the worker's Chromium failed: ${error.message}`));
    },
    { scope: 'worker', timeout: E2E_FIXTURE },
  ],

  /*
   * One vault header per worker, made by the product's own VaultService.create,
   * copied into each test's folder. Its Argon2id cost is the cheapest the
   * product accepts (KDF_BOUNDS' minimum, still checked on every read). Its
   * key is derived here, once per worker, for real; every unlock after that
   * (the vault code, keyslot and header checks all real) gets the same key
   * from memory instead of 1-9 s of Argon2id per test on a busy machine. The production
   * cost is exercised where it is the subject: vault.spec, vault-settings.spec,
   * backup.spec and the vault/backup unit tests create vaults with DEFAULT_KDF.
   */
  vaultTemplate: [
    // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const cost = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
      // Every unlock of this header (the fixture's, and a spec's after a lock or restart) repeats the
      // derivation done here: answered from memory, so the worker pays this cost once (harness/argon2-memo.ts).
      // Other costs, including the product's default, and any other passphrase or salt derive for real.
      const memo = rememberArgon2(path.resolve(process.env.CAIRN_OUT_DIR ?? 'out', 'main/argon2-worker.js'), cost);
      const dir = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-vault-'));
      const service = await VaultService.load({ dataDir: dir, kdf: cost });
      const { recoveryKey } = await service.create(FIXTURE_PASSPHRASE);
      service.lock('user');
      await use({ headerFile: path.join(dir, HEADER_FILE), recoveryKey });
      removeQuietly(dir);
      memo.forget();
    },
    { scope: 'worker', timeout: E2E_FIXTURE },
  ],

  cairn: [
    async ({ target, vault, profile, pictures, vaultTemplate, workerBrowser, playwright, launchOptions }, use) => {
      const root = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-'));
      const profileDir = path.join(root, 'profile');
      const vaultDir = path.join(root, 'vault');
      mkdirSync(vaultDir);
      if (vault !== 'none') copyFileSync(vaultTemplate.headerFile, path.join(vaultDir, HEADER_FILE));
      const requests: string[] = [];
      let close: () => Promise<void> = async () => {};
      /** Only the first start is unlocked for the test; a restart shows the unlock screen, as reopening Cairn does. */
      let unlockOnStart = vault === 'unlocked';
      /** Bundles target: errors the built main did not catch, across restarts; they fail the test. */
      const mainErrors: string[] = [];

      const app = {
        requests,
        vaultDir,
        harness: null,
        bundle: null,
        recoveryKey: vault === 'none' ? null : vaultTemplate.recoveryKey,
      } as unknown as CairnApp;
      const inMemory = target === 'browser' && profile === 'memory';
      Object.defineProperty(app, 'profileDir', {
        enumerable: true,
        get: () => {
          // A canary that scanned a folder nothing was written to would pass without proving anything.
          if (inMemory) throw new Error("This test's browser storage is in memory: test.use({ profile: 'disk' }) to read or remove cairn.profileDir.");
          return profileDir;
        },
      });
      /** 'memory' profiles: the test's context, kept across restarts so IndexedDB survives them, as a profile folder does. */
      let memoryContext = null as BrowserContext | null;

      const showsToday = (page: Page) =>
        base.expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible({ timeout: E2E_SLOW_STEP });

      const startBrowser = async (port: number) => {
        const harness = await startHarness(vaultDir, port);
        // The fixture's unlock runs Argon2id on main's worker thread (~0.6 s idle, more under load)
        // while Chromium makes the context and page; the page loads only once it has finished.
        const unlocking = unlockOnStart ? dispatch('vault.unlock', { passphrase: FIXTURE_PASSPHRASE }, harness.services) : null;
        let page: Page;
        if (inMemory) {
          memoryContext ??= await (await workerBrowser()).newContext();
          page = await memoryContext.newPage();
          close = async () => {
            // Quitting closes the app's window; the context (its storage) stays until the test ends.
            await page.close();
            await harness.close();
          };
        } else {
          const context: BrowserContext = await playwright.chromium.launchPersistentContext(profileDir, {
            ...launchOptions,
            headless: true,
          });
          close = async () => {
            await context.close();
            await harness.close();
          };
          page = context.pages()[0] ?? (await context.newPage());
        }
        page.on('request', (r) => requests.push(r.url()));
        picturesOnlyWhenAsked(page, pictures);
        await attachHarness(page, harness);
        if (unlocking) {
          // The same dispatch() the page's window.cairn['vault.unlock'] reaches: contract parse, real Argon2id, real keyslot.
          const unlocked = await unlocking;
          if (!unlocked.ok) throw new Error(`The fixture vault did not unlock: ${unlocked.error.message}`);
        }
        await page.goto(`${harness.origin}/index.html`);
        Object.assign(app, { page, origin: harness.origin, harness });
        if (unlockOnStart) await showsToday(page);
        unlockOnStart = false;
        return harness.port;
      };

      const startElectron = async () => {
        const electronApp = await _electron.launch({
          args: [path.resolve('out/main/index.js')],
          env: { ...process.env, CAIRN_USER_DATA: vaultDir },
        });
        close = () => electronApp.close();
        const page = await electronApp.firstWindow();
        page.on('request', (r) => requests.push(r.url()));
        picturesOnlyWhenAsked(page, pictures);
        Object.assign(app, { page, origin: 'app://cairn' });
        if (unlockOnStart) {
          // No harness to reach main from here: unlock the way a person does.
          await page.getByLabel('Passphrase', { exact: true }).fill(FIXTURE_PASSPHRASE);
          await page.getByRole('button', { name: 'Unlock' }).click();
          await showsToday(page);
        }
        unlockOnStart = false;
        return 0;
      };

      const startBundles = async () => {
        const context = await playwright.chromium.launchPersistentContext(profileDir, { ...launchOptions, headless: true });
        const page = context.pages()[0] ?? (await context.newPage());
        page.on('request', (r) => requests.push(r.url()));
        picturesOnlyWhenAsked(page, pictures);
        let bundle: MainBundle;
        try {
          bundle = await startBundle({
            context,
            dataDir: vaultDir,
            beforeLoad: async (main) => {
              if (!unlockOnStart) return;
              // The handler main registered for vault.unlock, called as the app page: contract parse, real Argon2id, real keyslot.
              const unlocked = (await main.invokeAsApp(ipcName('vault.unlock'), { passphrase: FIXTURE_PASSPHRASE })) as Result<unknown>;
              if (!unlocked.ok) throw new Error(`The fixture vault did not unlock: ${unlocked.error.message}`);
            },
          });
        } catch (error) {
          await context.close();
          throw error;
        }
        close = async () => {
          try {
            // app.quit(), as a person quitting: main's before-quit backup and lock run, then it exits.
            await bundle.quit();
          } finally {
            bundle.kill();
            await context.close();
            mainErrors.push(...bundle.errors);
          }
        };
        Object.assign(app, { page, origin: bundle.origin, harness: bundle, bundle });
        if (unlockOnStart) await showsToday(page);
        unlockOnStart = false;
        return 0;
      };

      const stop = async () => {
        const closing = close;
        close = async () => {};
        await closing();
      };
      try {
        const start = { browser: startBrowser, bundles: startBundles, electron: startElectron }[target];
        const port = await start(0);
        app.restart = async () => {
          await stop();
          await start(port);
        };
        app.quit = stop;
        await use(app);
      } finally {
        // Close the browser before removing its profile; a failure to close or remove is reported, never a test failure.
        await stop().catch((error: Error) => console.warn(`Closing the app after the test failed: ${error.message}`));
        await memoryContext?.close().catch((error: Error) => console.warn(`Closing the test's browser context failed: ${error.message}`));
        removeQuietly(root);
      }
      if (mainErrors.length > 0) throw new Error(`The main bundle reported errors:\n${mainErrors.join('\n')}`);
    },
    { timeout: E2E_FIXTURE },
  ],
});

export const expect = test.expect;

/** Every request that did not go to the app's own origin. */
export const foreignRequests = (app: CairnApp): string[] =>
  app.requests.filter((url) => !url.startsWith(`${app.origin}/`));
