import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { segmentOf, type AnyRecord } from '../../../src/shared/domain';
import { decodeSegment, encodeSegment } from '../../../src/shared/domain/segments';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { VaultService, type SealedRow } from '../vault/vault-service';
import { BackupService } from './backup-service';
import { decryptBackup } from './crypto';
import { decodePayload } from './payload';
import { UNIT_ARGON2 } from '../../../tests/timeouts';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../vault/argon2-thread', async (importOriginal) => (await import('../../../tests/support/argon2-memo')).rememberOffThread(await importOriginal()));
vi.mock('../vault/sodium', async (importOriginal) => (await import('../../../tests/support/argon2-memo')).rememberInThread(await importOriginal()));

const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'vault passphrase 1234';

async function machine() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-backup-'));
  const vault = await VaultService.load({ dataDir: dir, kdf: KDF });
  await vault.create(PASS);
  const dialog = { save: null as string | null, open: null as string | null };
  const backups = new BackupService({
    vault,
    app: 'Cairn test',
    kdf: KDF,
    safetyDir: path.join(dir, 'Safety backups'),
    dialogs: { chooseSavePath: async () => dialog.save, chooseOpenPath: async () => dialog.open, chooseFolder: async () => null },
  });
  return { dir, vault, backups, dialog };
}

/** Seals records the way the renderer's repository does: one row per kind and month. */
function sealAll(vault: VaultService, records: AnyRecord[]): SealedRow[] {
  const segments = new Map<string, AnyRecord[]>();
  for (const r of records) segments.set(segmentOf(r), [...(segments.get(segmentOf(r)) ?? []), r]);
  return vault.seal([...segments].map(([name, list]) => ({ name, data: encodeSegment(list) })));
}

const openAll = (vault: VaultService, rows: SealedRow[]) =>
  vault.open(rows).segments.flatMap((s) => decodeSegment(s.data));

const byId = (records: AnyRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

describe('backup service', () => {
  it('export -> wipe -> restore on a new machine gives identical records of every kind', async () => {
    const original = sampleRecords();
    const old = await machine();
    const rows = sealAll(old.vault, original);
    old.dialog.save = path.join(old.dir, 'journal.cairnbackup');
    const exported = await old.backups.export(rows, PASS, false);
    expect(exported.total).toBe(original.length);
    // No plaintext in the file.
    const bytes = readFileSync(old.dialog.save);
    expect(bytes.includes(Buffer.from((original[0] as { id: string }).id))).toBe(false);

    const fresh = await machine();
    fresh.dialog.open = old.dialog.save;
    const { fileId } = await fresh.backups.choose();
    const preview = await fresh.backups.inspect(fileId, PASS);
    expect(preview.total).toBe(original.length);
    expect(Object.keys(preview.counts).sort()).toEqual([...new Set(original.map((r) => r.kind))].sort());
    const restored = await fresh.backups.restore(fileId, 'replace', []);
    expect(byId(openAll(fresh.vault, restored.rows))).toEqual(byId(original));
  });

  it('merges by record id, newest wins, keeping records only on this machine', async () => {
    const m = await machine();
    const [first, second] = sampleRecords().filter((r) => r.kind === 'journal.entry') as [AnyRecord, AnyRecord];
    const rows = sealAll(m.vault, [first]);
    m.dialog.save = path.join(m.dir, 'b.cairnbackup');
    await m.backups.export(rows, PASS, false);
    const newer = { ...first, updatedAt: '2030-01-01T00:00:00.000Z', body: 'edited later' } as AnyRecord;
    const live = sealAll(m.vault, [newer, second]);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await m.backups.inspect(fileId, PASS);
    const merged = openAll(m.vault, (await m.backups.restore(fileId, 'merge', live)).rows);
    expect(byId(merged)).toEqual(byId([newer, second]));
  });

  it('uses a separate backup passphrase when asked, and checks the vault passphrase otherwise', async () => {
    const m = await machine();
    const rows = sealAll(m.vault, sampleRecords().slice(0, 2));
    m.dialog.save = path.join(m.dir, 'c.cairnbackup');
    await expect(m.backups.export(rows, 'not the vault passphrase', false)).rejects.toMatchObject({ code: 'wrong_secret' });
    await expect(m.backups.export(rows, 'short', true)).rejects.toMatchObject({ code: 'weak_passphrase' });
    await m.backups.export(rows, 'a different backup passphrase', true);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await expect(m.backups.inspect(fileId, PASS)).rejects.toMatchObject({ message: 'That passphrase does not open this backup.' });
    expect((await m.backups.inspect(fileId, 'a different backup passphrase')).total).toBe(2);
  });

  it('refuses a damaged file at inspect and leaves the vault rows untouched', async () => {
    const m = await machine();
    const records = sampleRecords();
    const rows = sealAll(m.vault, records);
    m.dialog.save = path.join(m.dir, 'd.cairnbackup');
    await m.backups.export(rows, PASS, false);
    const bytes = readFileSync(m.dialog.save);
    bytes[bytes.length - 40]! ^= 0xff;
    writeFileSync(m.dialog.save, bytes);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await expect(m.backups.inspect(fileId, PASS)).rejects.toMatchObject({ code: 'tampered' });
    await expect(async () => m.backups.restore(fileId, 'replace', rows)).rejects.toThrow(/Open the backup/);
    expect(byId(openAll(m.vault, rows))).toEqual(byId(records));
  });

  it('says so when the user cancels a dialog, and drops staged plaintext on lock', async () => {
    const m = await machine();
    await expect(m.backups.export([], PASS, false)).rejects.toMatchObject({ code: 'cancelled' });
    await expect(m.backups.choose()).rejects.toMatchObject({ code: 'cancelled' });
    m.dialog.save = path.join(m.dir, 'e.cairnbackup');
    await m.backups.export(sealAll(m.vault, sampleRecords().slice(0, 1)), PASS, false);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await m.backups.inspect(fileId, PASS);
    m.backups.clear();
    await expect(m.backups.restore(fileId, 'replace', [])).rejects.toThrow(/Choose the backup file again/);
  });
});

describe('merge restore and deletions', () => {
  const at = (iso: string) => `${iso}T12:00:00.000Z`;
  const stone = (id: string, when: string): AnyRecord => ({ id, kind: 'tombstone', deletedKind: 'journal.entry', createdAt: when, updatedAt: when });

  it('a record deleted here after the backup was made stays deleted; one edited after its deletion comes back', async () => {
    const m = await machine();
    const [kept, gone] = sampleRecords().filter((r) => r.kind === 'journal.entry') as [AnyRecord, AnyRecord];
    const edited = { ...kept, updatedAt: at('2026-12-05'), body: 'edited on the other computer after the deletion' } as AnyRecord;
    m.dialog.save = path.join(m.dir, 'older.cairnbackup');
    await m.backups.export(sealAll(m.vault, [edited, { ...gone, updatedAt: at('2026-11-20') } as AnyRecord]), PASS, false);
    // Here both were deleted on 1 Dec: `gone` was not touched since, `kept` was edited elsewhere on 5 Dec.
    const live = sealAll(m.vault, [stone(kept.id, at('2026-12-01')), stone(gone.id, at('2026-12-01'))]);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await m.backups.inspect(fileId, PASS);
    const merged = byId(openAll(m.vault, (await m.backups.restore(fileId, 'merge', live)).rows));
    expect(merged.find((r) => r.id === gone.id)?.kind).toBe('tombstone');
    expect(merged.find((r) => r.id === kept.id)).toEqual(edited);
  }, UNIT_ARGON2);

  it('a deletion in the backup removes an older copy here, and backups carry tombstones', async () => {
    const m = await machine();
    const [entry] = sampleRecords().filter((r) => r.kind === 'journal.entry') as [AnyRecord];
    m.dialog.save = path.join(m.dir, 'with-deletion.cairnbackup');
    await m.backups.export(sealAll(m.vault, [stone(entry.id, at('2026-12-01'))]), PASS, false);
    const live = sealAll(m.vault, [{ ...entry, updatedAt: at('2026-11-01') } as AnyRecord]);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    expect((await m.backups.inspect(fileId, PASS)).counts).toEqual({ tombstone: 1 });
    const merged = openAll(m.vault, (await m.backups.restore(fileId, 'merge', live)).rows);
    expect(merged).toEqual([stone(entry.id, at('2026-12-01'))]);
  }, UNIT_ARGON2);
});

describe('replace restore never replaces without a copy', () => {
  async function staged(m: Awaited<ReturnType<typeof machine>>, records: AnyRecord[]) {
    m.dialog.save = path.join(m.dir, 'incoming.cairnbackup');
    await m.backups.export(sealAll(m.vault, records), PASS, false);
    m.dialog.open = m.dialog.save;
    const { fileId } = await m.backups.choose();
    await m.backups.inspect(fileId, PASS);
    return fileId;
  }

  it('asks for the passphrase, then writes a safety backup of every current record that opens with it', async () => {
    const m = await machine();
    const [incoming, ...current] = sampleRecords();
    const fileId = await staged(m, [incoming!]);
    const live = sealAll(m.vault, current);
    await expect(m.backups.restore(fileId, 'replace', live)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/copy of your current journal/) });
    await expect(m.backups.restore(fileId, 'replace', live, 'wrong passphrase here')).rejects.toMatchObject({ code: 'wrong_secret' });
    expect(existsSync(path.join(m.dir, 'Safety backups'))).toBe(false);
    const result = await m.backups.restore(fileId, 'replace', live, PASS);
    expect(byId(openAll(m.vault, result.rows))).toEqual([incoming]);
    expect(result.safetyBackup).toMatch(/Safety backups.Cairn safety backup before restore .*\.cairnbackup$/);
    const copy = decodePayload(decryptBackup(new Uint8Array(readFileSync(result.safetyBackup!)), PASS).payload).records;
    expect(byId(copy)).toEqual(byId(current));
  }, UNIT_ARGON2);

  it('keeps rows that cannot be opened, and refuses a replace that would overwrite one', async () => {
    const m = await machine();
    const records = sampleRecords();
    const entry = records.find((r) => r.kind === 'journal.entry')!;
    const live = sealAll(m.vault, records);
    const damagedRow = live.find((r) => openAll(m.vault, [r]).some((x) => x.id === entry.id))!;
    const broken = live.map((r) => (r === damagedRow ? { ...r, env: r.env.map((byte, i) => (i >= 30 && i < 33 ? 0 : byte)) } : r));
    const other = records.find((r) => r.kind === 'safety.plan')!;
    const fileId = await staged(m, [other]);
    const result = await m.backups.restore(fileId, 'replace', broken, PASS);
    expect(result.keptDamaged).toBe(1);
    expect(result.rows.map((r) => r.id)).not.toContain(damagedRow.id);

    const clash = await staged(m, [entry]);
    await expect(m.backups.restore(clash, 'replace', broken, PASS)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/could not be opened would be overwritten/) });
  }, UNIT_ARGON2);
});
