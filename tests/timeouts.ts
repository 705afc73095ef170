/*
 * Every test time limit in one place. Limits are not speed targets: they are
 * how long to wait before calling something hung. Each one is sized for the
 * slowest machine we run on (CI: 2 cores shared with other work, load average
 * above 10 while Argon2id, Chromium and Vite all compete), so a slow machine
 * makes a run slower, never red. Benchmarks (bench/) measure speed; tests don't.
 *
 * Measured on that machine (Node, libsodium wasm): Argon2id at the product's
 * default cost (128 MiB, 5 passes) took 2.0–3.5 s under load; at the cheapest
 * cost the product accepts (64 MiB, 3 passes) 0.7–1.6 s.
 */

const SECOND = 1000;

/**
 * One Playwright test: a fresh browser profile, the app, a few screens, often
 * an axe scan. Seen taking 50–60 s (5 s when the machine is idle) with load
 * average 19 on 2 cores, so twice that.
 */
export const E2E_TEST = 120 * SECOND;

/** A Playwright test that restarts the app or runs production-cost Argon2id several times; most journeys (tests/e2e/journeys). */
export const E2E_SLOW_TEST = 300 * SECOND;

/**
 * A Playwright test that walks years of seeded records through several screens,
 * or fills every questionnaire, or prints several PDFs: journeys seen past
 * 200 s at load average 19 on 2 cores.
 */
export const E2E_LONG_TEST = 480 * SECOND;

/** One expect() waiting for the page: rendering, IPC, IndexedDB. */
export const E2E_EXPECT = 15 * SECOND;

/**
 * Waiting for a screen that appears after slow work in main: production-cost
 * Argon2id (create, unlock, change passphrase, export a backup: up to ~4 s of
 * key derivation on a busy machine, plus the work around it) or rendering a PDF.
 */
export const E2E_SLOW_STEP = 30 * SECOND;

/**
 * Opening the app on ten years of seeded records (decrypting and indexing
 * thousands of rows) and drawing them: seen near a minute under heavy load.
 */
export const E2E_DECADE_LOAD = 180 * SECOND;

/**
 * Restoring a backup in Replace mode: production-cost Argon2id for the backup
 * key, re-sealing every record, and keeping an encrypted copy of the journal as it was.
 */
export const E2E_RESTORE = 60 * SECOND;

/**
 * Bundle mode: how long the built main may take to quit after app.quit() before
 * the fixture calls it stuck. Longer than main's own limit for the quit-time
 * automatic backup (QUIT_BACKUP_LIMIT_MS, 20 s), which may run production-cost Argon2id.
 */
export const E2E_BUNDLE_QUIT = 30 * SECOND;

/** Setting up and tearing down one test's app (profile, harness, Chromium start/close). */
export const E2E_FIXTURE = 60 * SECOND;

/**
 * A Vitest test: pure code, fake-indexeddb, cheap-cost Argon2id. Vault tests
 * that run the cheapest Argon2id a few times were seen at 13–14 s with load
 * average 30 on 2 cores (Vitest's default limit is 5 s).
 */
export const UNIT_TEST = 60 * SECOND;

/**
 * A Vitest test that runs production-cost Argon2id (create, unlock, change
 * passphrase, backups). Two runs took 21 s at load average 30.
 */
export const UNIT_ARGON2 = 120 * SECOND;

/** A Vitest test that renders ten years of seeded records in jsdom. */
export const UNIT_DECADE = 120 * SECOND;

/** A Vitest test that starts Node processes (the start launcher, electron-vite, the main smoke boot): 5–8 s on a busy machine. */
export const UNIT_PROCESS = 60 * SECOND;

/** A fast-check property over a vault: dozens of cheap-cost Argon2id unlocks in one test. */
export const UNIT_PROPERTY = 300 * SECOND;

/** electron-builder's own config validation: loads the builder and its JSON schema in-process. */
export const UNIT_BUILDER = 120 * SECOND;

/** A Vitest hook (beforeAll/afterAll): may build a vault or start a process. */
export const UNIT_HOOK = 120 * SECOND;
