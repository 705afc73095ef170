import { defineConfig } from 'vitest/config';
import { pinRunTimeZone } from './tests/support/noon-time-zone';
import { UNIT_HOOK, UNIT_TEST } from './tests/timeouts';

// A zone where the run starts near noon, so no test sees "today" change under it (tests/support/noon-time-zone.ts).
pinRunTimeZone();

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'tests/smoke/**/*.test.ts', 'tests/packaging/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/proofs/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/harness/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine.
    // The files spend much of their time waiting (Argon2id worker threads, child
    // processes, fake timers), so two forks finish sooner; each file still runs isolated.
    maxWorkers: 2,
    // Per-file and per-test durations for tests/support/slowest.mjs (CI prints the slowest after each run).
    reporters: ['default', ['json', { outputFile: 'test-results-unit/vitest.json' }]],
    // Hang detectors for a busy 2-core machine (see tests/timeouts.ts); production-cost Argon2id tests set UNIT_ARGON2.
    testTimeout: UNIT_TEST,
    hookTimeout: UNIT_HOOK,
    // Dates and times in one locale, whatever the machine's (src/shared/time).
    setupFiles: ['tests/support/pin-locale.ts', 'tests/support/vitest-setup.ts'],
    // Once per run, not per file: bundles the Argon2 worker the vault tests start.
    globalSetup: ['tests/support/vitest-global-setup.ts'],
    // Importing the real `electron` package in Node tries to download a binary.
    alias: { electron: new URL('./tests/fakes/electron-unavailable.ts', import.meta.url).pathname },
  },
});
