import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';

/**
 * Bundles electron/main/vault/argon2-worker.ts the way electron-vite does for
 * the app (packages left external) so tests that run the vault from source can
 * start the real worker. Output goes under node_modules/.cache so
 * libsodium-wrappers-sumo resolves from there.
 */
export async function buildArgon2Worker(): Promise<string> {
  const dir = path.resolve('node_modules/.cache/cairn-argon2-worker', String(process.pid));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'argon2-worker.mjs');
  await build({
    input: path.resolve('electron/main/vault/argon2-worker.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    output: { file, format: 'esm' },
    logLevel: 'silent',
  });
  return file;
}
