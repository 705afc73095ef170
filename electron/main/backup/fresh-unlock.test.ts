import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentOf, type AnyRecord } from '../../../src/shared/domain';
import { encodeSegment } from '../../../src/shared/domain/segments';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { VaultService } from '../vault/vault-service';
import { BackupService } from './backup-service';

const SLOW = 120_000;
const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'vault passphrase 1234';
const MINUTE = 60_000;

async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-fresh-'));
  const clock = { ms: Date.parse('2026-11-25T09:00:00Z') };
  const vault = await VaultService.load({ dataDir: dir, kdf: KDF, now: () => clock.ms });
  await vault.create(PASS);
  const dialog = { save: path.join(dir, 'out.file') };
  const backups = new BackupService({
    vault,
    app: 'Cairn test',
    kdf: KDF,
    now: () => new Date(clock.ms),
    dialogs: { chooseSavePath: async () => dialog.save, chooseOpenPath: async () => null, chooseFolder: async () => null },
  });
  const segments = new Map<string, AnyRecord[]>();
  for (const r of sampleRecords()) segments.set(segmentOf(r), [...(segments.get(segmentOf(r)) ?? []), r]);
  const rows = vault.seal([...segments].map(([name, list]) => ({ name, data: encodeSegment(list) })));
  return { dir, clock, vault, backups, dialog, rows };
}

describe('exports that leave the vault ask for the passphrase again after 5 minutes unlocked', () => {
  it('plain export: free within 5 minutes, then only with the right passphrase', async () => {
    const { clock, backups, dialog, rows, dir } = await setup();
    clock.ms += 4 * MINUTE;
    await expect(backups.exportPlain(rows, 'json', null)).resolves.toMatchObject({ total: expect.any(Number) });
    clock.ms += 2 * MINUTE; // 6 minutes after unlocking
    dialog.save = path.join(dir, 'late.json');
    await expect(backups.exportPlain(rows, 'json', null)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/plain \(not encrypted\) export/) });
    await expect(backups.exportPlain(rows, 'json', null, 'not my passphrase')).rejects.toMatchObject({ code: 'wrong_secret' });
    expect(existsSync(dialog.save)).toBe(false);
    await expect(backups.exportPlain(rows, 'json', null, PASS)).resolves.toMatchObject({ path: dialog.save });
    // The right passphrase counts as a fresh proof for the next 5 minutes.
    await expect(backups.exportPlain(rows, 'csv', 'journal.entry')).resolves.toBeTruthy();
  }, SLOW);

  it('a backup under a separate passphrase needs the vault passphrase after 5 minutes; one under the vault passphrase proves it', async () => {
    const { clock, backups, dialog, rows, dir } = await setup();
    clock.ms += 6 * MINUTE;
    await expect(backups.export(rows, 'a separate backup passphrase', true)).rejects.toMatchObject({ code: 'forbidden' });
    expect(existsSync(dialog.save)).toBe(false);
    await expect(backups.export(rows, 'a separate backup passphrase', true, 'wrong wrong wrong')).rejects.toMatchObject({ code: 'wrong_secret' });
    await expect(backups.export(rows, 'a separate backup passphrase', true, PASS)).resolves.toMatchObject({ path: dialog.save });
    clock.ms += 6 * MINUTE;
    dialog.save = path.join(dir, 'vault-passphrase.cairnbackup');
    await expect(backups.export(rows, PASS, false)).resolves.toMatchObject({ path: dialog.save });
  }, SLOW);
});
