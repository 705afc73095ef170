// Vault code under Vitest runs from source; give it a bundled Argon2 worker,
// as electron/main/index.ts does with the one electron-vite builds. The bundle
// is built once per run by tests/support/vitest-global-setup.ts.
import { inject } from 'vitest';
import { setArgon2WorkerFile } from '../../electron/main/vault/argon2-thread';

setArgon2WorkerFile(inject('argon2WorkerFile'));
