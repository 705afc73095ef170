// Runs once per `vitest run`, before any test file. Bundling the Argon2 worker
// costs a rolldown build (~1 s idle, several under load); done in every test
// file's setup it was paid ~120 times. Build it once and hand its path to the
// per-file setup (tests/support/vitest-setup.ts) through Vitest's provide/inject.
import type { TestProject } from 'vitest/node';
import { buildArgon2Worker } from './argon2-worker-build';

declare module 'vitest' {
  export interface ProvidedContext {
    argon2WorkerFile: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('argon2WorkerFile', await buildArgon2Worker());
}
