import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupService } from '../../electron/main/backup/backup-service';
import { decryptBackup } from '../../electron/main/backup/crypto';
import { VaultService } from '../../electron/main/vault/vault-service';
import { sampleRecords } from '../fixtures/records/samples';

/*
 * Injected faults: the disk fills up half-way through a write. The real
 * atomic writer runs, with one fs call made to fail after writing part of
 * the data; the previous file must survive and the message must say why.
 */
const fault = vi.hoisted(() => ({ next: null as null | 'ENOSPC' }));
vi.mock('../../electron/main/fs/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/fs/atomic-write')>();
  const fsp = await import('node:fs/promises');
  return {
    ...real,
    writeFileAtomic: (file: string, data: Parameters<typeof real.writeFileAtomic>[1]) => {
      if (!fault.next) return real.writeFileAtomic(file, data);
      fault.next = null;
      return real.writeFileAtomicWith(
        {
          rm: fsp.rm,
          rename: fsp.rename,
          open: async (p, flags, mode) => {
            const handle = await fsp.open(p, flags, mode);
            return {
              sync: () => handle.sync(),
              close: () => handle.close(),
              writeFile: async (chunk: Parameters<typeof handle.writeFile>[0]) => {
                await handle.writeFile(typeof chunk === 'string' ? chunk.slice(0, 10) : (chunk as Uint8Array).subarray(0, 10));
                throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
              },
            };
          },
        },
        file,
        data,
      );
    },
  };
});

const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'fault injection passphrase';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cairn-faults-'));
  fault.next = null;
});

describe('a full disk', () => {
  it('while writing a backup over an earlier one: the earlier backup survives and the message says the disk is full', async () => {
    const vault = await VaultService.load({ dataDir: path.join(dir, 'vault'), kdf: KDF });
    await vault.create(PASS);
    const backups = new BackupService({ vault, app: 'Cairn test', kdf: KDF, dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null } });
    const target = path.join(dir, 'Cairn.cairnbackup');
    const records = sampleRecords();
    await backups.write(target, records, PASS, new Date('2026-11-24T10:00:00Z'));
    const before = readFileSync(target);

    fault.next = 'ENOSPC';
    await expect(backups.write(target, records.slice(0, 1), PASS, new Date())).rejects.toMatchObject({
      message: 'The backup was not saved: the disk is full. Any earlier file at that place is unchanged.',
    });
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(decryptBackup(new Uint8Array(readFileSync(target)), PASS).header.createdAt).toBe('2026-11-24T10:00:00.000Z');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('while the vault header is rewritten for a new passphrase: the old passphrase still opens the vault', async () => {
    const vaultDir = path.join(dir, 'vault');
    const vault = await VaultService.load({ dataDir: vaultDir, kdf: KDF });
    await vault.create(PASS);
    const rows = vault.seal([{ name: 'journal.entry:2026-11', data: '{"v":1,"records":[]}' }]);
    const header = readFileSync(path.join(vaultDir, 'vault.json'));

    fault.next = 'ENOSPC';
    await expect(vault.changePassphrase(PASS, 'a brand new passphrase')).rejects.toThrow();
    expect(readFileSync(path.join(vaultDir, 'vault.json')).equals(header)).toBe(true);

    const reopened = await VaultService.load({ dataDir: vaultDir, kdf: KDF });
    await expect(reopened.unlock('a brand new passphrase')).rejects.toMatchObject({ code: 'wrong_secret' });
    await reopened.unlock(PASS);
    expect(reopened.open(rows).failed).toEqual([]);
  });
});

describe('a full disk while saving the summary PDF', () => {
  it('leaves an earlier PDF at that place intact and says the disk is full', async () => {
    const { PrintService } = await import('../../electron/main/print/print-service');
    const target = path.join(dir, 'summary.pdf');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(target, '%PDF-1.7 earlier summary');
    const service = new PrintService({
      vault: { status: () => ({ state: 'unlocked', unlockedAt: Date.now(), retryAfterMs: 0 }), checkPassphrase: async () => {} },
      printer: { print: async () => true, pdf: async () => new TextEncoder().encode('%PDF-1.7 new summary '.repeat(100)) },
      dialogs: { chooseSavePath: async () => target },
    });
    fault.next = 'ENOSPC';
    await expect(service.savePdf({ pageSize: 'A4', fileName: 'summary.pdf' })).rejects.toMatchObject({
      message: expect.stringMatching(/was not saved: the disk is full\. Any earlier file at that place is unchanged\.$/),
    });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 earlier summary');
  });
});
