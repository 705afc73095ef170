import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'tests/smoke/**/*.test.ts', 'tests/packaging/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/proofs/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // The vault's Argon2 worker thread needs a bundled entry file (electron-vite builds it for the app).
    setupFiles: ['tests/support/vitest-setup.ts'],
    // Importing the real `electron` package in Node tries to download a binary.
    alias: { electron: new URL('./tests/fakes/electron-unavailable.ts', import.meta.url).pathname },
  },
});
