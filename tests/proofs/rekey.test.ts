import 'fake-indexeddb/auto';
import { must, pageApi, startServices } from './services-in-node';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decryptBackup } from '../../electron/main/backup/crypto';
import { decodePayload } from '../../electron/main/backup/payload';
import { dispatch, type Services } from '../../electron/main/dispatch';
import { KDF_BOUNDS } from '../../electron/main/vault/header';
import { VaultService } from '../../electron/main/vault/vault-service';
import type { Channel } from '../../src/shared/channels';
import type { AnyRecord } from '../../src/shared/domain';
import { DRAFT_ID } from '../../src/shared/domain/journal';
import { CairnDatabase, type Row } from '../../src/renderer/db/database';
import { RecordStore } from '../../src/renderer/db/record-store';
import type { RekeyProgress } from '../../src/renderer/db/rekey';
import { Repository } from '../../src/renderer/db/repository';
import { readRows } from '../../src/renderer/db/stored-envelope';
import { sampleRecords } from '../fixtures/records/samples';
import { UNIT_ARGON2 } from '../timeouts';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../../electron/main/vault/argon2-thread', async (importOriginal) => (await import('../support/argon2-memo')).rememberOffThread(await importOriginal()));
vi.mock('../../electron/main/vault/sodium', async (importOriginal) => (await import('../support/argon2-memo')).rememberInThread(await importOriginal()));

/*
 * Issue 16 point 7: "Re-encrypt everything with a new key", through the real
 * main services (dispatch, as IPC does) and the page's real Repository on
 * fake-indexeddb. Faults are injected at each step; a restart in the middle
 * is a new set of services on the same folder.
 */

const fault = vi.hoisted(() => ({ headerWrite: false }));
vi.mock('../../electron/main/fs/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/main/fs/atomic-write')>();
  return {
    ...real,
    writeFileAtomic: (file: string, ...rest: unknown[]) => {
      if (fault.headerWrite && path.basename(file) === 'vault.json') {
        return Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      }
      return (real.writeFileAtomic as (...args: unknown[]) => Promise<void>)(file, ...rest);
    },
  };
});

const KDF = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const PASS = 'rekey proof passphrase 1';
let root: string;
let dataDir: string;
let backupDir: string;
let dbCount = 0;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cairn-rekey-'));
  dataDir = path.join(root, 'data');
  backupDir = path.join(root, 'backups');
  mkdirSync(backupDir);
  fault.headerWrite = false;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const start = (dir = dataDir) => startServices(dir, { kdf: KDF, dialogs: { chooseFolder: async () => backupDir } });



/** A vault with every kind of record (a journal draft among them), as the page stores it. */
async function vaultWithRecords() {
  const services = await start();
  const { recoveryKey } = await must<{ recoveryKey: string }>(dispatch('vault.create', { passphrase: PASS }, services));
  const db = new CairnDatabase(`rekey-${++dbCount}`);
  const repository = new Repository(pageApi(services), db, new RecordStore());
  await repository.load();
  await repository.save(sampleRecords());
  return { services, recoveryKey, db, repository };
}

const header = () => readFileSync(path.join(dataDir, 'vault.json'), 'utf8');
const rowsOf = (db: CairnDatabase): Promise<Row[]> => readRows(db);
const byId = (records: readonly AnyRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const everything = (repository: Repository) =>
  byId([...new Set(sampleRecords().map((r) => r.kind))].flatMap((kind) => repository.store.ofKind(kind)));

/** Locks, then unlocks with the passphrase and loads, as the page does after an unlock. */
async function relock(services: Services, repository: Repository) {
  await must(dispatch('vault.lock', { reason: 'user' }, services));
  await must(dispatch('vault.unlock', { passphrase: PASS }, services));
  return repository.load();
}

describe('re-encrypt everything with a new key', () => {
  it(
    're-seals every row under a new key, keeps every record and draft, and an old vault.json with the old passphrase opens none of it',
    async () => {
      const { services, recoveryKey: oldRecoveryKey, db, repository } = await vaultWithRecords();
      const before = everything(repository);
      const oldRows = await rowsOf(db);
      const oldHeaderDir = path.join(root, 'old-copy');
      mkdirSync(oldHeaderDir);
      copyFileSync(path.join(dataDir, 'vault.json'), path.join(oldHeaderDir, 'vault.json'));

      const progress: RekeyProgress[] = [];
      const { recoveryKey } = await repository.rekey(pageApi(services), PASS, (p) => progress.push(p));

      expect(recoveryKey).not.toBe(oldRecoveryKey);
      expect(progress.map((p) => p.step)).toEqual(expect.arrayContaining(['checking', 'sealing', 'switching']));
      expect(progress.filter((p) => p.step === 'sealing').at(-1)).toEqual({ step: 'sealing', done: oldRows.length, total: oldRows.length });
      // Stored: the same number of rows, none with an old id or an old envelope; vault.json settled.
      const newRows = await rowsOf(db);
      expect(newRows).toHaveLength(oldRows.length);
      const oldIds = new Set(oldRows.map((r) => r.id));
      expect(newRows.filter((r) => oldIds.has(r.id))).toEqual([]);
      expect(JSON.parse(header())).not.toHaveProperty('transition');
      expect(everything(repository)).toEqual(before);
      expect(repository.store.get(DRAFT_ID)).toMatchObject({ body: 'Typing when it locked' });

      // A draft written after the switch is sealed under the new key and survives a lock.
      const draft = { ...repository.store.get(DRAFT_ID)!, body: 'Written after the new key', updatedAt: '2026-12-01T10:00:00.000Z' } as AnyRecord;
      await repository.save([draft]);
      const report = await relock(services, repository);
      expect(report.damagedRows).toBe(0);
      expect(repository.store.get(DRAFT_ID)).toMatchObject({ body: 'Written after the new key' });
      expect(everything(repository).filter((r) => r.id !== DRAFT_ID)).toEqual(before.filter((r) => r.id !== DRAFT_ID));

      // The old vault.json still opens with the old passphrase — but opens none of the current rows.
      const oldVault = await VaultService.load({ dataDir: oldHeaderDir, kdf: KDF });
      await oldVault.unlock(PASS);
      const opened = oldVault.open(await rowsOf(db));
      expect(opened.segments).toEqual([]);
      expect(opened.failed).toHaveLength(newRows.length);

      // The old recovery key no longer opens the current vault.json; the new one does.
      await must(dispatch('vault.lock', { reason: 'user' }, services));
      const refused = await dispatch('vault.unlockWithRecoveryKey', { recoveryKey: oldRecoveryKey }, services);
      expect(refused).toMatchObject({ ok: false, error: { code: 'wrong_secret' } });
      expect((await dispatch('vault.unlockWithRecoveryKey', { recoveryKey }, services)).ok).toBe(true);
    },
    UNIT_ARGON2,
  );

  it(
    'automatic backups keep working: their key is carried to the new data key and a backup after the switch opens',
    async () => {
      const { services, repository } = await vaultWithRecords();
      await repository.load(); // main sees the stored rows, as after an unlock
      const configured = await must<{ enabled: boolean; lastError: string | null }>(
        dispatch('backup.autoConfigure', { passphrase: PASS, separatePassphrase: false, keep: 5 }, services),
      );
      expect(configured).toMatchObject({ enabled: true, lastError: null });
      expect(readdirSync(backupDir)).toHaveLength(1);

      await repository.rekey(pageApi(services), PASS);
      await relock(services, repository);
      const after = await must<{ enabled: boolean; lastError: string | null }>(dispatch('backup.autoNow', {}, services));
      expect(after).toMatchObject({ enabled: true, lastError: null });
      const files = readdirSync(backupDir).sort((a, b) => Number(/\((\d+)\)/.exec(a)![1]) - Number(/\((\d+)\)/.exec(b)![1]));
      expect(files).toHaveLength(2);
      const { records } = decodePayload(decryptBackup(new Uint8Array(readFileSync(path.join(backupDir, files.at(-1)!))), PASS).payload);
      expect(byId(records)).toEqual(everything(repository));
      expect(records.map((r) => r.id).sort()).toEqual(sampleRecords().map((r) => r.id).sort());
    },
    UNIT_ARGON2,
  );

  describe('a failure part-way loses nothing: the old key still opens everything', () => {
    let undo = () => {};
    beforeEach(() => (undo = () => {}));
    const faults: [string, (services: Services, db: CairnDatabase) => Partial<Record<Channel, (request: unknown) => Promise<unknown>>>][] = [
      [
        're-sealing fails after the new key was recorded (as if Cairn locked)',
        () => ({ 'vault.rekeyRows': () => Promise.resolve({ ok: false, error: { code: 'locked', message: 'Cairn locked.' } }) }),
      ],
      [
        'the IndexedDB transaction adding the new rows aborts',
        (_services, db) => {
          const full = () => {
            throw new Error('QuotaExceededError: the disk is full');
          };
          db.rows.hook('creating', full);
          undo = () => db.rows.hook('creating').unsubscribe(full);
          return {};
        },
      ],
      [
        'vault.json cannot be written at the switch (disk full)',
        (services) => ({
          'vault.rekeyCommit': async (request) => {
            fault.headerWrite = true;
            try {
              return await dispatch('vault.rekeyCommit', request, services);
            } finally {
              fault.headerWrite = false;
            }
          },
        }),
      ],
    ];

    it.each(faults)(
      '%s',
      async (_name, inject) => {
        const { services, recoveryKey, db, repository } = await vaultWithRecords();
        const before = everything(repository);
        const headerBefore = header();
        const rowsBefore = await rowsOf(db);
        await expect(repository.rekey(pageApi(services, inject(services, db)), PASS)).rejects.toThrow();
        undo();

        // What the person has: every record; what is stored: the old rows and the old vault.json, byte for byte.
        expect(everything(repository)).toEqual(before);
        expect(byId(await rowsOf(db) as never)).toEqual(byId(rowsBefore as never));
        expect(header()).toBe(headerBefore);
        // After a lock the old passphrase and the old recovery key still open everything, with nothing damaged.
        expect((await relock(services, repository)).damagedRows).toBe(0);
        expect(everything(repository)).toEqual(before);
        await must(dispatch('vault.lock', { reason: 'user' }, services));
        expect((await dispatch('vault.unlockWithRecoveryKey', { recoveryKey }, services)).ok).toBe(true);
      },
      UNIT_ARGON2,
    );
  });

  describe('Cairn stops (crash or power cut) between two steps: the next start finishes or undoes it', () => {
    /** Runs the page's steps by hand up to `stopAfter`, then starts Cairn again on the same folder. */
    async function stopAfter(step: 'new rows stored' | 'switched', beforeRestart = () => {}) {
      const { services, recoveryKey, db, repository } = await vaultWithRecords();
      const before = everything(repository);
      const rowsBefore = await rowsOf(db);
      await must(dispatch('vault.rekeyStart', { passphrase: PASS }, services));
      expect(JSON.parse(header()).transition.kind).toBe('pending');
      const { rows: resealed } = await must<{ rows: Row[] }>(dispatch('vault.rekeyRows', { rows: rowsBefore }, services));
      // The new rows and the new key's manifest, in one transaction as the page stores them.
      const { manifest } = await must<{ manifest: Row }>(dispatch('vault.rekeyManifest', {}, services));
      const rows = [...resealed, manifest];
      await db.rows.bulkPut(rows);
      let newKey: string | null = null;
      if (step === 'switched') {
        newKey = (await must<{ recoveryKey: string }>(dispatch('vault.rekeyCommit', {}, services))).recoveryKey;
        expect(JSON.parse(header()).transition.kind).toBe('retired');
      }
      beforeRestart();
      // The process is gone: a fresh set of services reads the folder again.
      const restarted = await start();
      await must(dispatch('vault.unlock', { passphrase: PASS }, restarted));
      const fresh = new Repository(pageApi(restarted), db, new RecordStore());
      const report = await fresh.load();
      return { before, rowsBefore, rows, report, fresh, restarted, recoveryKey, newKey, db };
    }

    it(
      'after the new rows were stored but before vault.json switched: the copies are deleted, the old key stays',
      async () => {
        const { before, rowsBefore, report, fresh, restarted, recoveryKey, db } = await stopAfter('new rows stored');
        expect(report.damagedRows).toBe(0);
        expect(everything(fresh)).toEqual(before);
        expect(byId((await rowsOf(db)) as never)).toEqual(byId(rowsBefore as never));
        expect(JSON.parse(header())).not.toHaveProperty('transition');
        await must(dispatch('vault.lock', { reason: 'user' }, restarted));
        expect((await dispatch('vault.unlockWithRecoveryKey', { recoveryKey }, restarted)).ok).toBe(true);
      },
      UNIT_ARGON2,
    );

    it(
      'a forged transition slot deletes nothing: the rows it would cover are reported as damaged and kept',
      async () => {
        const forge = () => {
          const json = JSON.parse(header());
          const wrapped = Buffer.from(json.transition.wrapped, 'base64');
          wrapped[0]! ^= 1;
          json.transition.wrapped = wrapped.toString('base64');
          writeFileSync(path.join(dataDir, 'vault.json'), JSON.stringify(json));
        };
        const { before, rowsBefore, rows, report, fresh, db } = await stopAfter('new rows stored', forge);
        expect(report.damagedRows).toBe(rows.length);
        expect(everything(fresh)).toEqual(before);
        expect((await rowsOf(db)).length).toBe(rowsBefore.length + rows.length);
      },
      UNIT_ARGON2,
    );

    it(
      'after vault.json switched but before the old rows were deleted: the old rows are deleted, the new key stays',
      async () => {
        const { before, rows, report, fresh, restarted, recoveryKey, newKey, db } = await stopAfter('switched');
        expect(report.damagedRows).toBe(0);
        expect(everything(fresh)).toEqual(before);
        expect(byId((await rowsOf(db)) as never)).toEqual(byId(rows as never));
        expect(JSON.parse(header())).not.toHaveProperty('transition');
        await must(dispatch('vault.lock', { reason: 'user' }, restarted));
        expect((await dispatch('vault.unlockWithRecoveryKey', { recoveryKey }, restarted)).ok).toBe(false);
        expect((await dispatch('vault.unlockWithRecoveryKey', { recoveryKey: newKey! }, restarted)).ok).toBe(true);
      },
      UNIT_ARGON2,
    );
  });
});
