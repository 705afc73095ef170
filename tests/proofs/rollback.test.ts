import 'fake-indexeddb/auto';
import { must, pageApi, startServices } from './services-in-node';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch, type Services } from '../../electron/main/dispatch';
import { KDF_BOUNDS } from '../../electron/main/vault/header';
import type { AnyRecord } from '../../src/shared/domain';
import type { JournalEntry } from '../../src/shared/domain/journal';
import { CairnDatabase, type Row, type StoredRow } from '../../src/renderer/db/database';
import { RecordStore } from '../../src/renderer/db/record-store';
import { Repository } from '../../src/renderer/db/repository';
import { readRows } from '../../src/renderer/db/stored-envelope';
import { UNIT_ARGON2 } from '../timeouts';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../../electron/main/vault/argon2-thread', async (importOriginal) => (await import('../support/argon2-memo')).rememberOffThread(await importOriginal()));
vi.mock('../../electron/main/vault/sodium', async (importOriginal) => (await import('../support/argon2-memo')).rememberInThread(await importOriginal()));

/*
 * Issue 16 point 6: rollback and deletion of single rows are visible. Real
 * main services (dispatch, as IPC does) and the page's real Repository on
 * fake-indexeddb; the "attacker" edits IndexedDB and vault.json directly.
 */

const fault = vi.hoisted(() => ({ headerWrite: false }));
vi.mock('../../electron/main/fs/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/fs/atomic-write')>();
  return {
    ...real,
    writeFileAtomic: (file: string, ...rest: unknown[]) => {
      if (fault.headerWrite && path.basename(file) === 'vault.json') {
        return Promise.reject(Object.assign(new Error('Cairn stopped here'), { code: 'EIO' }));
      }
      return (real.writeFileAtomic as (...args: unknown[]) => Promise<void>)(file, ...rest);
    },
  };
});

const backupFile = () => path.join(dataDir, 'test.cairnbackup');
const KDF = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const PASS = 'rollback proof passphrase';
let dataDir: string;
let dbCount = 0;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cairn-rollback-'));
  fault.headerWrite = false;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const start = (dir = dataDir, kdf: typeof KDF | undefined = KDF) =>
  startServices(dir, { kdf, dialogs: { chooseSavePath: async () => backupFile(), chooseOpenPath: async () => backupFile() } });



const entry = (id: string, date: string, body: string): JournalEntry => ({
  kind: 'journal.entry',
  id,
  date,
  time: '09:00',
  title: id,
  body,
  tags: [],
  shareWithProvider: false,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
});

const header = () => JSON.parse(readFileSync(path.join(dataDir, 'vault.json'), 'utf8'));
const CLEAN = { damagedRows: 0, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null };

/** A vault with entries in November and October (two segment rows and the manifest). */
async function vault() {
  const services = await start();
  await must(dispatch('vault.create', { passphrase: PASS }, services));
  const db = new CairnDatabase(`rollback-${++dbCount}`);
  const repository = new Repository(pageApi(services), db, new RecordStore());
  await repository.load();
  await repository.save([entry('nov', '2026-11-02', 'first words'), entry('oct', '2026-10-02', 'october')]);
  return { services, db, repository };
}

/** Cairn starts again on the same folder and IndexedDB, unlocks and loads, as after a restart. */
async function restart(db: CairnDatabase, dir = dataDir) {
  const services = await start(dir);
  await must(dispatch('vault.unlock', { passphrase: PASS }, services));
  const repository = new Repository(pageApi(services), db, new RecordStore());
  return { services, repository, report: await repository.load() };
}

/** The November segment's row as it was in `before`: of the segment rows (not the manifest), the one whose envelope changed. */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const segmentRowOf = async (db: CairnDatabase, before: Row[], services: Services) => {
  const after = await readRows(db);
  const { segments } = await must<{ segments: { id: string }[] }>(dispatch('vault.open', { rows: after }, services));
  const changed = before.filter((row) => segments.some((s) => s.id === row.id) && after.some((a) => a.id === row.id && !sameBytes(a.env, row.env)));
  expect(changed).toHaveLength(1);
  return changed[0]!;
};

describe('rows put back, deleted or added behind Cairn are reported, never loaded as current', () => {
  it('a clean vault reports nothing, and every row is listed', async () => {
    const { db } = await vault();
    const { report, repository } = await restart(db);
    expect(report).toMatchObject({ records: 2, ...CLEAN });
    expect(repository.store.get('nov')).toMatchObject({ body: 'first words' });
    expect(header().generation.value).toBe(1);
  }, UNIT_ARGON2);

  it('an older sealed copy of a row put back is reported, not shown, and kept untouched', async () => {
    const { db, repository, services } = await vault();
    const before = await readRows(db);
    await repository.save([{ ...entry('nov', '2026-11-02', 'second words'), updatedAt: '2026-11-26T09:00:00.000Z' }]);
    const old = await segmentRowOf(db, before, services);
    // The attacker puts back the November row as it was before the edit (it still authenticates: same id).
    await db.rows.put(old);

    const { report, repository: fresh } = await restart(db);
    expect(report).toMatchObject({ olderRows: 1, damagedRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null });
    expect(fresh.store.get('nov')).toBeUndefined();
    expect(fresh.store.get('oct')).toMatchObject({ body: 'october' });
    expect((await db.rows.get(old.id))?.env).toEqual(old.env);
    // And it is never overwritten as if it were current.
    await expect(fresh.save([entry('nov2', '2026-11-20', 'more')])).rejects.toThrow(/could not be opened earlier/);
  }, UNIT_ARGON2);

  it('a deleted row is reported as missing', async () => {
    const { db, repository, services } = await vault();
    const before = await readRows(db);
    await repository.save([{ ...entry('nov', '2026-11-02', 'edited'), updatedAt: '2026-11-26T09:00:00.000Z' }]);
    const november = await segmentRowOf(db, before, services);
    await db.rows.delete(november.id);

    const { report } = await restart(db);
    expect(report).toMatchObject({ missingRows: 1, olderRows: 0, unlistedRows: 0, listProblem: null });
  }, UNIT_ARGON2);

  it('a row Cairn did not list (sealed but never stored by the page) is reported and not shown', async () => {
    const { db, services } = await vault();
    const { rows } = await must<{ rows: Row[] }>(
      dispatch('vault.seal', { segments: [{ name: 'journal.entry:2026-09', data: '{"v":1,"records":[]}' }] }, services),
    );
    await db.rows.put(rows[0]!);

    const { report } = await restart(db);
    expect(report).toMatchObject({ unlistedRows: 1, olderRows: 0, missingRows: 0, listProblem: null, records: 2 });
  }, UNIT_ARGON2);

  it('the whole of IndexedDB put back to an older copy while vault.json stays: the manifest is older, and that is said', async () => {
    const { db, repository } = await vault();
    const copy = await db.rows.toArray();
    await repository.save([entry('later', '2026-11-10', 'written later')]);
    await db.rows.clear();
    await db.rows.bulkPut(copy);

    const { report } = await restart(db);
    expect(report.listProblem).toBe('older');
  }, UNIT_ARGON2);

  it('the manifest row deleted: Cairn says it cannot check, and does not pretend all is well', async () => {
    const { db, services } = await vault();
    const rows = await db.rows.toArray();
    const { segments } = await must<{ segments: { id: string }[] }>(dispatch('vault.open', { rows }, services));
    const manifest = rows.filter((row) => !segments.some((s) => s.id === row.id));
    expect(manifest).toHaveLength(1);
    await db.rows.delete(manifest[0]!.id);

    const { report } = await restart(db);
    expect(report).toMatchObject({ listProblem: 'absent', records: 2 });
  }, UNIT_ARGON2);

  it('an edited generation in vault.json is refused at unlock, with the key right', async () => {
    await vault();
    for (const edit of [(g: { value: number }) => (g.value += 1), (g: { value: number; mac: string }) => (g.mac = Buffer.alloc(32, 7).toString('base64'))]) {
      const json = header();
      const original = JSON.stringify(json);
      edit(json.generation);
      writeFileSync(path.join(dataDir, 'vault.json'), JSON.stringify(json));
      const services = await start();
      const refused = await dispatch('vault.unlock', { passphrase: PASS }, services);
      expect(refused).toMatchObject({ ok: false, error: { code: 'tampered', message: expect.stringMatching(/record of how many changes/) } });
      expect((await dispatch('vault.status', {}, services)).ok && (await dispatch('vault.status', {}, services))).toMatchObject({ value: { state: 'locked' } });
      writeFileSync(path.join(dataDir, 'vault.json'), original);
    }
  }, UNIT_ARGON2);

  it('a crash between the IndexedDB commit and the vault.json write: the next start opens cleanly and vault.json catches up', async () => {
    const { db, repository } = await vault();
    const generation = header().generation.value;
    fault.headerWrite = true;
    // The save itself succeeds: its rows and manifest are stored; only vault.json was not written.
    await repository.save([entry('late', '2026-11-15', 'saved just before the crash')]);
    expect(header().generation.value).toBe(generation);
    fault.headerWrite = false;

    const { report, repository: fresh } = await restart(db);
    expect(report).toMatchObject({ records: 3, ...CLEAN });
    expect(fresh.store.get('late')).toMatchObject({ body: 'saved just before the crash' });
    expect(header().generation.value).toBe(generation + 1);
  }, UNIT_ARGON2);

  it('re-encrypting everything keeps the manifest right: the new rows are listed under the new key', async () => {
    const { db, repository, services } = await vault();
    const generation = header().generation.value;
    await repository.rekey(pageApi(services), PASS);
    expect(header().generation.value).toBe(generation + 1);
    expect(await db.rows.count()).toBe(3);

    const { report, repository: fresh } = await restart(db);
    expect(report).toMatchObject({ records: 2, ...CLEAN });
    expect(fresh.store.get('nov')).toMatchObject({ body: 'first words' });
  }, UNIT_ARGON2);

  it('a format-1 vault (no manifest, no generation) opens, gains a manifest, and is checked from then on', async () => {
    const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/v1');
    cpSync(path.join(fixture, 'vault'), dataDir, { recursive: true });
    const { passphrase } = JSON.parse(readFileSync(path.join(fixture, 'secrets.json'), 'utf8')) as { passphrase: string };
    const fixtureRows = JSON.parse(readFileSync(path.join(fixture, 'rows.json'), 'utf8')) as StoredRow[];
    const expected = JSON.parse(readFileSync(path.join(fixture, 'records.json'), 'utf8')) as AnyRecord[];
    expect(header()).not.toHaveProperty('generation');
    const db = new CairnDatabase(`rollback-${++dbCount}`);
    await db.rows.bulkPut(fixtureRows);

    const open = async () => {
      const services = await start(dataDir, undefined);
      await must(dispatch('vault.unlock', { passphrase }, services));
      const repository = new Repository(pageApi(services), db, new RecordStore());
      return { repository, report: await repository.load() };
    };
    const first = await open();
    expect(first.report).toMatchObject({ records: expected.length, ...CLEAN });
    expect(await db.rows.count()).toBe(fixtureRows.length + 1);
    // Generation 1: the first manifest (of the rows' base64 text); 2: the same rows converted to bytes (base64-migration.test.ts).
    expect(header().generation.value).toBe(2);

    // From now on a put-back row is caught like in any other vault.
    const second = await open();
    expect(second.report).toMatchObject({ records: expected.length, ...CLEAN });
    await db.rows.delete(fixtureRows[0]!.id);
    expect((await open()).report).toMatchObject({ missingRows: 1 });
  }, 3 * UNIT_ARGON2); // the fixture vault has the production Argon2id cost, three unlocks

  for (const mode of ['replace', 'merge'] as const) {
    it(`a ${mode} restore writes a manifest listing the restored rows: the next unlock is clean`, async () => {
      const { db, repository, services } = await vault();
      await must(dispatch('backup.export', { rows: await repository.rows(), passphrase: PASS, separatePassphrase: false }, services));
      await repository.save([entry('after', '2026-12-01', 'after the backup')]);
      const { fileId } = await must<{ fileId: string }>(dispatch('backup.choose', {}, services));
      await must(dispatch('backup.inspect', { fileId, passphrase: PASS }, services));
      const restored = await must<{ rows: Row[] }>(
        dispatch('backup.restore', { fileId, mode, rows: await repository.rows(), ...(mode === 'replace' && { passphrase: PASS }) }, services),
      );
      expect(await repository.writeRestored(restored.rows, mode)).toMatchObject(CLEAN);

      const { report, repository: fresh } = await restart(db);
      expect(report).toMatchObject({ records: mode === 'replace' ? 2 : 3, ...CLEAN });
      expect(fresh.store.get('nov')).toMatchObject({ body: 'first words' });
    }, UNIT_ARGON2);
  }
});
