import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF, type VaultHeader } from './header';
import { headerFileExists, readHeaderFile, writeHeaderFile } from './header-file';
import { initSodium, randomBytes } from './sodium';

let dir: string;
let header: VaultHeader;
beforeAll(async () => {
  await initSodium();
  header = {
    passphrase: { ...DEFAULT_KDF, salt: randomBytes(16), nonce: randomBytes(24), wrapped: randomBytes(48) },
    recovery: { nonce: randomBytes(24), wrapped: randomBytes(48) },
  };
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-header-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('vault.json on disk', () => {
  it('reads "no vault" when the file is missing', async () => {
    expect(await readHeaderFile(dir)).toEqual({ header: null, error: null });
    expect(await headerFileExists(dir)).toBe(false);
  });

  it('writes and reads back a header', async () => {
    await writeHeaderFile(dir, header);
    expect(await headerFileExists(dir)).toBe(true);
    expect(await readHeaderFile(dir)).toEqual({ header, error: null });
  });

  it('keeps a damaged header and reports it instead of treating it as "no vault"', async () => {
    await writeFile(join(dir, 'vault.json'), '{"format":"cairn-vault","version":1');
    const { header: read, error } = await readHeaderFile(dir);
    expect(read).toBeNull();
    expect(error).toMatchObject({ code: 'tampered', message: expect.stringMatching(/not valid JSON/) });
    expect(await readFile(join(dir, 'vault.json'), 'utf8')).toBe('{"format":"cairn-vault","version":1');
  });

  it('reports an unreadable header as an internal error with its cause', async () => {
    await mkdir(join(dir, 'vault.json'));
    expect((await readHeaderFile(dir)).error).toMatchObject({ code: 'internal', message: expect.stringMatching(/EISDIR/) });
  });

  it('turns a failed write into a readable error', async () => {
    await expect(writeHeaderFile(join(dir, 'missing'), header)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/could not save the vault header \(ENOENT\)\. Nothing was changed\./),
    });
  });
});
