import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicWith, type AtomicFs } from './atomic-write';

let dir: string;
let target: string;
const OLD = 'old content\n'.repeat(100);

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'cairn-atomic-'));
  target = join(dir, 'vault.json');
  await fsp.writeFile(target, OLD);
});
afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

const listing = () => fsp.readdir(dir);

/** Real fs calls, with one step replaced by a failure. */
function failing(step: 'open' | 'writeFile' | 'sync' | 'rename'): AtomicFs {
  const boom = () => Promise.reject(Object.assign(new Error(`simulated ${step} failure`), { code: 'ENOSPC' }));
  return {
    rm: fsp.rm,
    rename: step === 'rename' ? boom : fsp.rename,
    open: async (path, flags, mode) => {
      if (step === 'open') return boom();
      const handle = await fsp.open(path, flags, mode);
      return {
        close: () => handle.close(),
        sync: step === 'sync' ? boom : () => handle.sync(),
        // A torn write: half the bytes reach the temp file, then the disk fills.
        writeFile:
          step === 'writeFile'
            ? async (data: Parameters<fsp.FileHandle['writeFile']>[0]) => {
                await handle.writeFile(String(data).slice(0, 10));
                return boom();
              }
            : (data: Parameters<fsp.FileHandle['writeFile']>[0]) => handle.writeFile(data),
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves nothing else behind', async () => {
    await writeFileAtomic(target, 'new');
    expect(await fsp.readFile(target, 'utf8')).toBe('new');
    expect(await listing()).toEqual(['vault.json']);
  });

  it('writes bytes and creates a missing file, private to the user', async () => {
    const fresh = join(dir, 'fresh.bin');
    await writeFileAtomic(fresh, Uint8Array.from([0, 1, 2, 255]));
    expect([...(await fsp.readFile(fresh))]).toEqual([0, 1, 2, 255]);
    if (process.platform !== 'win32') expect((await fsp.stat(fresh)).mode & 0o777).toBe(0o600);
  });

  it.each(['open', 'writeFile', 'sync', 'rename'] as const)(
    'when %s fails, the old file is intact, the error surfaces and no temp file is left',
    async (step) => {
      await expect(writeFileAtomicWith(failing(step), target, 'N'.repeat(5000))).rejects.toThrow(`simulated ${step}`);
      expect(await fsp.readFile(target, 'utf8')).toBe(OLD);
      expect(await listing()).toEqual(['vault.json']);
    },
  );

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await listing()).toEqual(['vault.json']);
  });

  it('treats the directory fsync as best effort once the rename has happened', async () => {
    const fs = failing('open');
    const open = vi.fn<AtomicFs['open']>((path, flags, mode) =>
      flags === 'r' ? Promise.reject(new Error('no directory handles here')) : fsp.open(path, flags, mode),
    );
    await writeFileAtomicWith({ ...fs, open }, target, 'new');
    expect(await fsp.readFile(target, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(open).toHaveBeenCalledWith(dir, 'r');
  });

  it('concurrent writes each land whole (last rename wins)', async () => {
    const contents = Array.from({ length: 8 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(contents).toContain(await fsp.readFile(target, 'utf8'));
    expect(await listing()).toEqual(['vault.json']);
  });
});
