import { defineConfig } from '@playwright/test';
import type { CairnFixtures } from '../e2e/fixtures';
import { E2E_EXPECT, E2E_SLOW_TEST } from '../timeouts';

/**
 * `npm run screens`: pictures of every screen for a person to look at (issue 17, "Look at it").
 * Not part of `npm test`: it asserts only that each screen opened; the PNGs go to screens/ (gitignored).
 */
export default defineConfig<Pick<CairnFixtures, 'target' | 'pictures'>>({
  testDir: '.',
  // screens.spec.ts, plus one file per area for the dialogs and states screens.spec does not open.
  testMatch: '*.spec.ts',
  outputDir: '../../test-results-screens',
  workers: 1,
  reporter: [['list']],
  timeout: E2E_SLOW_TEST,
  expect: { timeout: E2E_EXPECT },
  use: {
    target: 'browser',
    pictures: true,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
