import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import { HEADER_FILE, parseHeader, serializeHeader, type VaultHeader } from './header';

/* Disk side of vault.json: read once at start-up, written only atomically. */

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';

/**
 * `header: null, error: null` means no vault yet. A header that exists but
 * cannot be used yields `error`, reported on every unlock; the file is kept.
 */
export async function readHeaderFile(dataDir: string): Promise<{ header: VaultHeader | null; error: ServiceError | null }> {
  let text: string;
  try {
    text = await readFile(join(dataDir, HEADER_FILE), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { header: null, error: null };
    const message = `Cairn could not read its vault header (${errorCode(error)}). Nothing was changed.`;
    return { header: null, error: new ServiceError('internal', message) };
  }
  try {
    return { header: parseHeader(text), error: null };
  } catch (error) {
    if (error instanceof ServiceError) return { header: null, error };
    return { header: null, error: new ServiceError('internal', 'The vault header could not be read. Nothing was changed.') };
  }
}

/** True when vault.json exists (or cannot be checked): create() must never overwrite one. */
export async function headerFileExists(dataDir: string): Promise<boolean> {
  return stat(join(dataDir, HEADER_FILE)).then(
    () => true,
    (error: unknown) => errorCode(error) !== 'ENOENT',
  );
}

export async function writeHeaderFile(dataDir: string, header: VaultHeader): Promise<void> {
  try {
    await writeFileAtomic(join(dataDir, HEADER_FILE), serializeHeader(header));
  } catch (error) {
    throw new ServiceError('internal', `Cairn could not save the vault header (${errorCode(error)}). Nothing was changed.`);
  }
}
