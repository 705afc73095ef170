import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { segmentOf, type AnyRecord } from '../../../src/shared/domain';
import { encodeSegment } from '../../../src/shared/domain/segments';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { writeFileAtomic } from '../fs/atomic-write';
import { VaultService } from '../vault/vault-service';
import { AUTO_BACKUP_FILE, AutoBackup, type AutoBackupOptions } from './auto-backup';
import { decryptBackup } from './crypto';
import { decodePayload } from './payload';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../vault/argon2-thread', async (importOriginal) => (await import('../../../tests/support/argon2-memo')).rememberOffThread(await importOriginal()));
vi.mock('../vault/sodium', async (importOriginal) => (await import('../../../tests/support/argon2-memo')).rememberInThread(await importOriginal()));

// Every test runs Argon2id several times; a busy 2-core machine needs room.
const SLOW = 120_000;
const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'vault passphrase 1234';

/** A backup's name carries its instant in UTC (autoBackupName); the clocks below are local times, so the day in a name depends on the zone. */
const utcDay = (local: string) => new Date(local).toISOString().slice(0, 10);

async function setup(start = new Date('2026-11-25T09:00:00'), shared?: { folder: string }, extra: Partial<AutoBackupOptions> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-auto-'));
  const folder = shared?.folder ?? path.join(dir, 'Synced');
  mkdirSync(folder, { recursive: true });
  const vault = await VaultService.load({ dataDir: dir, kdf: KDF });
  const { recoveryKey } = await vault.create(PASS);
  const clock = { now: start };
  const options: AutoBackupOptions = {
    dataDir: dir,
    vault,
    app: 'Cairn test',
    kdf: KDF,
    now: () => clock.now,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => folder },
    ...extra,
  };
  const auto = await AutoBackup.load(options);
  const records = sampleRecords();
  const segments = new Map<string, AnyRecord[]>();
  for (const r of records) segments.set(segmentOf(r), [...(segments.get(segmentOf(r)) ?? []), r]);
  const rows = vault.seal([...segments].map(([name, list]) => ({ name, data: encodeSegment(list) })));
  auto.observe(rows);
  return { dir, folder, vault, auto, clock, options, records, rows, recoveryKey };
}

const backupsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.cairnbackup')).sort();
const bySeq = (names: string[]) => [...names].sort((a, b) => Number(/\((\d+)\)/.exec(a)![1]) - Number(/\((\d+)\)/.exec(b)![1]));
const newest = (folder: string) => bySeq(backupsIn(folder).filter((f) => f.startsWith('Cairn auto-backup'))).at(-1)!;
const opens = (file: string, passphrase: string) => {
  try {
    return decodePayload(decryptBackup(new Uint8Array(readFileSync(file)), passphrase).payload).records.length;
  } catch {
    return null;
  }
};

describe('automatic backups', () => {
  it('turning them on writes a backup the passphrase opens, with every record', async () => {
    const { folder, auto, records } = await setup();
    const status = await auto.configure(PASS, false, 10);
    expect(status).toMatchObject({ enabled: true, folder, keep: 10, lastError: null });
    const [file] = backupsIn(folder);
    const { payload } = decryptBackup(new Uint8Array(readFileSync(path.join(folder, file!))), PASS);
    const restored = decodePayload(payload).records.sort((a, b) => a.id.localeCompare(b.id));
    expect(restored).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
  }, SLOW);

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
  }, SLOW);

  it('keeps the newest N and never touches other files in the folder', async () => {
    const { folder, auto, clock } = await setup();
    writeFileSync(path.join(folder, 'my notes.txt'), 'mine');
    writeFileSync(path.join(folder, 'Cairn backup 2026-01-01.cairnbackup'), 'a manual backup');
    writeFileSync(path.join(folder, 'Cairn auto-backup 2026-01-01T00-00-00Z.cairnbackup'), 'an old-style name from another install');
    await auto.configure(PASS, false, 3);
    for (let day = 26; day <= 30; day++) {
      clock.now = new Date(`2026-11-${day}T09:00:00`);
      await auto.run();
    }
    const autos = bySeq(backupsIn(folder).filter((f) => f.startsWith('Cairn auto-backup') && f.includes('(')));
    expect(autos).toHaveLength(3);
    expect(autos[2]).toContain(utcDay('2026-11-30T09:00:00'));
    expect(readdirSync(folder)).toEqual(
      expect.arrayContaining(['my notes.txt', 'Cairn backup 2026-01-01.cairnbackup', 'Cairn auto-backup 2026-01-01T00-00-00Z.cairnbackup']),
    );
  }, SLOW);

  it('two installs sharing one synced folder each keep their own newest N and never prune the other’s', async () => {
    const a = await setup();
    const b = await setup(new Date('2026-11-25T09:00:00'), { folder: a.folder });
    await a.auto.configure(PASS, false, 2);
    await b.auto.configure(PASS, false, 2);
    // Same clock, same second: the names still differ by each vault's tag.
    for (let day = 26; day <= 29; day++) {
      a.clock.now = b.clock.now = new Date(`2026-11-${day}T09:00:00`);
      await a.auto.run();
      await b.auto.run();
    }
    const files = backupsIn(a.folder);
    expect(files).toHaveLength(4);
    const tags = new Set(files.map((f) => f.split(' ')[2]));
    expect(tags.size).toBe(2);
    for (const tag of tags) expect(files.filter((f) => f.includes(tag!)).map((f) => f.slice(27, 37))).toEqual([utcDay('2026-11-28T09:00:00'), utcDay('2026-11-29T09:00:00')]);
  }, SLOW);

  it('a clock set back never deletes the newest backup', async () => {
    const { folder, auto, clock } = await setup(new Date('2027-03-01T09:00:00'));
    await auto.configure(PASS, false, 2);
    clock.now = new Date('2027-03-02T09:00:00');
    await auto.run();
    // The clock jumps back a year: by name this backup would sort oldest.
    clock.now = new Date('2026-03-01T09:00:00');
    await auto.run();
    const left = backupsIn(folder);
    expect(left).toHaveLength(2);
    expect(left.some((f) => f.includes(utcDay('2026-03-01T09:00:00')))).toBe(true);
    expect(left.some((f) => f.includes(utcDay('2027-03-02T09:00:00')))).toBe(true);
  }, SLOW);

  it('reads the new backup back before pruning: a damaged one keeps every older backup', async () => {
    let damage = false;
    const write: typeof writeFileAtomic = async (file, data) => {
      await writeFileAtomic(file, data);
      if (!damage) return;
      const bytes = readFileSync(file);
      bytes[bytes.length - 5]! ^= 0xff;
      writeFileSync(file, bytes);
    };
    const { folder, auto, clock } = await setup(undefined, undefined, { write });
    await auto.configure(PASS, false, 1);
    const before = backupsIn(folder);
    damage = true;
    clock.now = new Date('2026-11-26T09:00:00');
    const status = await auto.run();
    expect(status.lastError).toMatch(/could not be read back .* no older backup was deleted/);
    expect(backupsIn(folder)).toEqual(expect.arrayContaining(before));
    expect(opens(path.join(folder, before[0]!), PASS)).toBeGreaterThan(0);
  }, SLOW);

  it('never deletes a file that replaced one of its own under the same name', async () => {
    const { folder, auto, clock } = await setup();
    await auto.configure(PASS, false, 1);
    const [first] = backupsIn(folder);
    writeFileSync(path.join(folder, first!), 'someone else put a file here');
    clock.now = new Date('2026-11-26T09:00:00');
    await auto.run();
    expect(readFileSync(path.join(folder, first!), 'utf8')).toBe('someone else put a file here');
  }, SLOW);

  it('an edited settings file is refused, not used: nothing is written or pruned', async () => {
    const { dir, folder, auto, clock, options, rows } = await setup();
    await auto.configure(PASS, false, 5);
    clock.now = new Date('2026-11-26T09:00:00');
    await auto.run();
    expect(backupsIn(folder)).toHaveLength(2);
    const file = path.join(dir, AUTO_BACKUP_FILE);
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { settings: { keep: number } };
    edited.settings.keep = 1;
    writeFileSync(file, JSON.stringify(edited));
    const again = await AutoBackup.load(options);
    again.observe(rows);
    clock.now = new Date('2026-11-27T09:00:00');
    const status = await again.run();
    expect(status).toMatchObject({ enabled: false, lastError: expect.stringMatching(/changed outside Cairn/) });
    expect(backupsIn(folder)).toHaveLength(2);
  }, SLOW);

  it('follows a changed vault passphrase, both ways: new backups open with the new one', async () => {
    const { folder, auto, vault, clock, recoveryKey } = await setup();
    await auto.configure(PASS, false, 10);
    const changed = 'a brand new passphrase 5678';
    await vault.changePassphrase(PASS, changed);
    await auto.passphraseChanged(changed);
    clock.now = new Date('2026-11-26T09:00:00');
    await auto.run();
    expect(opens(path.join(folder, newest(folder)), changed)).toBeGreaterThan(0);
    expect(opens(path.join(folder, newest(folder)), PASS)).toBeNull();

    vault.lock('user');
    await vault.unlockWithRecoveryKey(recoveryKey);
    const recovered = 'set after the recovery key 9012';
    await vault.setNewPassphrase(recovered);
    await auto.passphraseChanged(recovered);
    clock.now = new Date('2026-11-27T09:00:00');
    await auto.run();
    expect(opens(path.join(folder, newest(folder)), recovered)).toBeGreaterThan(0);
    expect(opens(path.join(folder, newest(folder)), changed)).toBeNull();
  }, SLOW);

  it('a separate backup passphrase stays when the vault passphrase changes', async () => {
    const { folder, auto, vault, clock } = await setup();
    const separate = 'the separate backup passphrase';
    await auto.configure(separate, true, 10);
    await vault.changePassphrase(PASS, 'a brand new passphrase 5678');
    await auto.passphraseChanged('a brand new passphrase 5678');
    clock.now = new Date('2026-11-26T09:00:00');
    await auto.run();
    expect(opens(path.join(folder, newest(folder)), separate)).toBeGreaterThan(0);
  }, SLOW);

  it('does nothing while locked, and records a failure instead of throwing', async () => {
    const { folder, auto, vault } = await setup();
    await auto.configure(PASS, false, 10);
    vault.lock('user');
    await auto.run();
    expect(backupsIn(folder)).toHaveLength(1);
    await vault.unlock(PASS);
    auto.observe([{ id: '0'.repeat(32), env: new Uint8Array(3) }]);
    const status = await auto.run();
    expect(status.lastError).toMatch(/could not be decrypted/);
    expect(backupsIn(folder)).toHaveLength(1);
  }, SLOW);

  it('refuses a wrong vault passphrase and a weak separate one', async () => {
    const { auto } = await setup();
    await expect(auto.configure('wrong passphrase!!', false, 10)).rejects.toMatchObject({ code: 'wrong_secret' });
    await expect(auto.configure('short', true, 10)).rejects.toMatchObject({ code: 'weak_passphrase' });
    expect(auto.status().enabled).toBe(false);
  }, SLOW);
});
