import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentOf, type AnyRecord } from '../../../src/shared/domain';
import { encodeSegment } from '../../../src/shared/domain/segments';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { VaultService } from '../vault/vault-service';
import { AutoBackup } from './auto-backup';
import { decryptBackup } from './crypto';
import { decodePayload } from './payload';

const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'vault passphrase 1234';

async function setup(start = new Date('2026-11-25T09:00:00')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-auto-'));
  const folder = path.join(dir, 'Synced');
  mkdirSync(folder);
  const vault = await VaultService.load({ dataDir: dir, kdf: KDF });
  await vault.create(PASS);
  const clock = { now: start };
  const options = {
    dataDir: dir,
    vault,
    app: 'Cairn test',
    kdf: KDF,
    now: () => clock.now,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => folder },
  };
  const auto = await AutoBackup.load(options);
  const records = sampleRecords();
  const segments = new Map<string, AnyRecord[]>();
  for (const r of records) segments.set(segmentOf(r), [...(segments.get(segmentOf(r)) ?? []), r]);
  const rows = vault.seal([...segments].map(([name, list]) => ({ name, data: encodeSegment(list) })));
  auto.observe(rows);
  return { dir, folder, vault, auto, clock, options, records, rows };
}

const backupsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.cairnbackup')).sort();

describe('automatic backups', () => {
  it('turning them on writes a backup the passphrase opens, with every record', async () => {
    const { folder, auto, records } = await setup();
    const status = await auto.configure(PASS, false, 10);
    expect(status).toMatchObject({ enabled: true, folder, keep: 10, lastError: null });
    const [file] = backupsIn(folder);
    const { payload } = decryptBackup(new Uint8Array(readFileSync(path.join(folder, file!))), PASS);
    const restored = decodePayload(payload).records.sort((a, b) => a.id.localeCompare(b.id));
    expect(restored).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('backs up on the first unlock of each day only, and the setting survives a restart', async () => {
    const { folder, auto, clock, options, rows } = await setup();
    await auto.configure(PASS, false, 10);
    clock.now = new Date('2026-11-25T18:00:00');
    await auto.runIfDue();
    expect(backupsIn(folder)).toHaveLength(1);
    clock.now = new Date('2026-11-26T08:00:00');
    const again = await AutoBackup.load(options);
    again.observe(rows);
    expect(again.status().enabled).toBe(true);
    await again.runIfDue();
    expect(backupsIn(folder)).toHaveLength(2);
  });

  it('keeps the newest N and never touches other files in the folder', async () => {
    const { folder, auto, clock } = await setup();
    writeFileSync(path.join(folder, 'my notes.txt'), 'mine');
    writeFileSync(path.join(folder, 'Cairn backup 2026-01-01.cairnbackup'), 'a manual backup');
    await auto.configure(PASS, false, 3);
    for (let day = 26; day <= 30; day++) {
      clock.now = new Date(`2026-11-${day}T09:00:00`);
      await auto.run();
    }
    const autos = backupsIn(folder).filter((f) => f.startsWith('Cairn auto-backup'));
    expect(autos).toHaveLength(3);
    expect(autos[2]).toContain('2026-11-30');
    expect(readdirSync(folder)).toContain('my notes.txt');
    expect(readdirSync(folder)).toContain('Cairn backup 2026-01-01.cairnbackup');
  });

  it('does nothing while locked, and records a failure instead of throwing', async () => {
    const { folder, auto, vault } = await setup();
    await auto.configure(PASS, false, 10);
    vault.lock('user');
    await auto.run();
    expect(backupsIn(folder)).toHaveLength(1);
    await vault.unlock(PASS);
    auto.observe([{ id: '0'.repeat(32), env: 'AAAA' }]);
    const status = await auto.run();
    expect(status.lastError).toMatch(/could not be decrypted/);
    expect(backupsIn(folder)).toHaveLength(1);
  });

  it('refuses a wrong vault passphrase and a weak separate one', async () => {
    const { auto } = await setup();
    await expect(auto.configure('wrong passphrase!!', false, 10)).rejects.toMatchObject({ code: 'wrong_secret' });
    await expect(auto.configure('short', true, 10)).rejects.toMatchObject({ code: 'weak_passphrase' });
    expect(auto.status().enabled).toBe(false);
  });
});
