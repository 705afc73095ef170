import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import type { CairnFixtures } from './tests/e2e/fixtures';
import { E2E_EXPECT, E2E_TEST } from './tests/timeouts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  reporter: [['list']],
  // Limits for a busy 2-core machine; what each one covers is in tests/timeouts.ts.
  timeout: E2E_TEST,
  expect: { timeout: E2E_EXPECT },
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      use: {
        target: 'browser',
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
      },
    },
    ...(hasElectron ? [{ name: 'electron', use: { target: 'electron' as const } }] : []),
  ],
});
