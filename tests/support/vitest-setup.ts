// Vault code under Vitest runs from source; give it a bundled Argon2 worker,
// as electron/main/index.ts does with the one electron-vite builds.
import { setArgon2WorkerFile } from '../../electron/main/vault/argon2-thread';
import { buildArgon2Worker } from './argon2-worker-build';

setArgon2WorkerFile(await buildArgon2Worker());
