import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import type { CairnFixtures } from './tests/e2e/fixtures';
import { pinRunTimeZone } from './tests/support/noon-time-zone';
import { E2E_EXPECT, E2E_TEST } from './tests/timeouts';

/**
 * Debian's headless shell (package chromium-headless-shell, the same Chromium
 * build without the desktop browser around it; Playwright's own default for
 * headless runs) where installed, else the full browser. The shell drew the
 * same specs in a quarter less time on this 2-core machine (therapy, medications,
 * journal, accessibility and printed-summary specs, 2 workers: 197-214 s in
 * /usr/bin/chromium, 134-171 s in the shell), so `.ci/run` installs it.
 * `npm run screens` and the bench keep the full browser: they are about what a
 * person sees and feels.
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

// Flags that stop Chromium's own background traffic (updates, sync, safe
// browsing): the no-network checks must see only what Cairn asks for.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Electron binary, if one was ever downloaded; requiring `electron` would try to download it. */
function electronBinary(): string | null {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const hasElectron = electronBinary() !== null;

/** A zone where the run starts near noon, so no spec sees "today" change under it (tests/support/noon-time-zone.ts). */
const TIME_ZONE = pinRunTimeZone();

/** Specs that act as main's OS and menu; they need the bundles target. (A regex: a glob would also match this worktree's own folder name.) */
const BUNDLE_ONLY = /[\\/]tests[\\/]e2e[\\/]bundles[\\/][^\\/]+\.spec\.ts$/;

/**
 * The journeys the bundles project runs again through the built main and
 * preload: the shell, vault, backup and summary journeys, chosen so the extra
 * time stays small (each title is a whole test in that file).
 */
const BUNDLE_JOURNEYS: { file: string; titles: string[] }[] = [
  {
    file: 'shell.spec.ts',
    titles: ['opens to the welcome screen, in light and dark', 'every section is reachable by keyboard alone', 'the page cannot reach the network even if it tries'],
  },
  { file: 'vault.spec.ts', titles: ['create, lock by shortcut, refuse a wrong passphrase, unlock, and survive a restart'] },
  { file: 'backup.spec.ts', titles: ['export, wipe the machine, restore from the welcome screen: identical records'] },
  { file: 'summary.spec.ts', titles: ['without item 9 above 0 there is no flag; redaction and the therapist view change the PDF; US Letter'] },
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Playwright matches `grep` against "file title"; bundle-only specs all match. */
const BUNDLE_TITLES = new RegExp(
  [...BUNDLE_JOURNEYS.flatMap((j) => j.titles.map((t) => `${escape(j.file)} .*${escape(t)}$`)), '\\sbundles[\\/]'].join('|'),
);
if (!hasElectron && !process.env.TEST_WORKER_INDEX) {
  console.log(
    'Electron end-to-end: skipped — no Electron binary in node_modules/electron/dist (it cannot be downloaded on this machine); the same specs run in Chromium through the harness.',
  );
}

export default defineConfig<Pick<CairnFixtures, 'target'>>({
  testDir: 'tests/e2e',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  // The JSON report keeps each test's duration for tests/support/slowest.mjs (CI prints the slowest after each run).
  reporter: [['list'], ['json', { outputFile: 'playwright-report/e2e.json' }]],
  // Limits for a busy 2-core machine; what each one covers is in tests/timeouts.ts.
  timeout: E2E_TEST,
  expect: { timeout: E2E_EXPECT },
  use: {
    // Recording a trace for every test (DOM snapshots and a screencast of each action) cost a quarter of the
    // specs' CPU on this 2-core machine, to keep a file only when a test fails. Diagnose a failure by
    // re-running it with `--trace on`.
    trace: 'off',
    // The product honours reduced motion (tokens.css); the specs run that way so no step waits on a
    // colour easing or an overlay's exit (journal and therapy specs: 173 s -> 93 s and 212 s -> 169 s).
    // Specs about motion ask for it back (coping-toolbox's breathing pacer).
    contextOptions: { reducedMotion: 'reduce' },
    timezoneId: TIME_ZONE,
  },
  projects: [
    {
      name: 'browser',
      testIgnore: BUNDLE_ONLY,
      use: {
        target: 'browser',
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
      },
    },
    {
      // The built main and preload bundles behind the page (tests/harness/bundle.ts, docs/testing.md).
      name: 'bundles',
      testMatch: [...BUNDLE_JOURNEYS.map((j) => `**/tests/e2e/${j.file}`), BUNDLE_ONLY],
      grep: BUNDLE_TITLES,
      use: {
        target: 'bundles',
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
      },
    },
    ...(hasElectron ? [{ name: 'electron', testIgnore: BUNDLE_ONLY, use: { target: 'electron' as const } }] : []),
  ],
});
