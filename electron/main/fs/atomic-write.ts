import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/*
 * tmp + fsync + rename + directory fsync: after a crash the target holds either
 * the old bytes or the new ones, never a torn mix (promise 3). The temp file
 * lives in the same folder because rename is only atomic within a filesystem.
 */

/** The fs calls used, injectable so tests can make any step fail. */
export interface AtomicFs {
  open: (path: string, flags: string, mode?: number) => Promise<Pick<fsp.FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: true }) => Promise<void>;
}

const nodeFs: AtomicFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/** Writes `data` to `file` so that a crash leaves either the old or the new file, never a mix. */
/** `data` may be an async iterable of chunks, so large files are streamed, not built in memory. */
export type AtomicData = Uint8Array | string | AsyncIterable<Uint8Array>;

/** Where plaintext writes record their temp file, so a crash mid-write leaves nothing at the next start (pending-temp-files.ts). */
export interface TempLedger {
  track(path: string): Promise<void>;
  untrack(path: string): Promise<void>;
}

export async function writeFileAtomic(file: string, data: AtomicData, ledger?: TempLedger): Promise<void> {
  await writeFileAtomicWith(nodeFs, file, data, ledger);
}

/** writeFileAtomic with explicit fs functions (tests). */
export async function writeFileAtomicWith(fs: AtomicFs, file: string, data: AtomicData, ledger?: TempLedger): Promise<void> {
  const dir = dirname(file);
  // Dot-prefixed and random, so it is never mistaken for the real file nor collides with a parallel write.
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // Recorded before the file exists: a crash after this line is cleaned up at the next start.
  await ledger?.track(temp);
  try {
    // 'wx': never follow or reuse an existing path; 0o600: a journal's files are the user's alone.
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      // Each writeFile continues at the handle's current position, so chunks append in order.
      else for await (const chunk of data) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    await ledger?.untrack(temp).catch(() => {});
    throw error;
  }
  await ledger?.untrack(temp).catch(() => {});
  await syncDirectory(fs, dir);
}

/**
 * Makes the rename itself durable. Best effort by design: the rename already
 * happened, so reporting a failure here would make the caller believe the old
 * file is still in place when it is not. Windows cannot open a directory at all.
 */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // See above: the new file is in place either way.
  }
}
