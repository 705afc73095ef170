import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../shared/domain/journal';
import { fail, ok } from '../../shared/result';
import { CairnDatabase, type Row } from './database';
import { RecordStore } from './record-store';
import { Repository } from './repository';
import { asRow } from './stored-envelope';
import { withManifestStandIn } from './testing/manifest-stand-in';

/**
 * A stand-in for main's seal/open that keeps the repository's own logic in
 * view: ids are derived from the segment name, envelopes are reversible text.
 * (The real crypto is tested in electron/main/vault.)
 */
function fakeVault() {
  const calls = { seal: 0, failNextSeal: false };
  const idOf = (name: string) => createHash('md5').update(name).digest('hex');
  const api = withManifestStandIn({
    'vault.seal': async ({ segments }) => {
      calls.seal++;
      if (calls.failNextSeal) {
        calls.failNextSeal = false;
        return fail('locked', 'Cairn is locked.');
      }
      return ok({
        rows: segments.map((s) => ({ id: idOf(s.name), env: new TextEncoder().encode(JSON.stringify(s)) })),
      });
    },
    'vault.open': async ({ rows }) => {
      const segments = [];
      const failed = [];
      for (const row of rows) {
        try {
          const s = JSON.parse(new TextDecoder().decode(row.env)) as { name: string; data: string };
          segments.push({ id: row.id, ...s });
        } catch {
          failed.push({ id: row.id, message: 'damaged' });
        }
      }
      return ok({ segments, failed, leftover: [], rekeyUnfinished: false });
    },
    'vault.rekeyTidy': async () => ok({}),
  });
  return { api, calls, idOf };
}

const entry = (id: string, date: string, body = 'text'): JournalEntry => ({
  kind: 'journal.entry',
  id,
  date,
  time: '09:00',
  title: '',
  body,
  tags: [],
  shareWithProvider: false,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
});

let db: CairnDatabase;
let n = 0;

beforeEach(() => {
  db = new CairnDatabase(`test-${n++}`);
});

describe('Repository', () => {
  it('groups records into one sealed row per kind and month, and loads them back', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01'), entry('b', '2026-11-20')]);
    await repo.save([entry('c', '2026-10-05')]);
    // Two segments and the manifest that lists them.
    expect(await db.rows.count()).toBe(3);

    const fresh = new Repository(api, db, new RecordStore());
    const report = await fresh.load();
    expect(report).toMatchObject({ records: 3, damagedRows: 0 });
    expect(fresh.store.ofKind('journal.entry').map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('stores nothing but ids and envelopes', async () => {
    const { api } = fakeVault();
    await new Repository(api, db, new RecordStore()).save([entry('a', '2026-11-01')]);
    const rows = await db.rows.toArray();
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([['env', 'id'], ['env', 'id']]);
  });

  it('moves a record between segments when its date changes', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01')]);
    await repo.save([entry('a', '2026-09-01', 'moved')]);
    const fresh = new Repository(api, db, new RecordStore());
    await fresh.load();
    expect(fresh.store.ofKind('journal.entry')).toEqual([entry('a', '2026-09-01', 'moved')]);
  });

  it('refuses an invalid record with a readable reason and writes nothing', async () => {
    const { api, calls } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await expect(repo.save([entry('a', '2026-02-30')])).rejects.toThrow('That date does not exist.');
    await expect(repo.save([entry('a', '2026-11-01', '   ')])).rejects.toThrow('Write something before saving.');
    expect(calls.seal).toBe(0);
    expect(await db.rows.count()).toBe(0);
    expect(repo.store.size).toBe(0);
  });

  it('leaves the store and the disk unchanged when sealing fails', async () => {
    const { api, calls } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01')]);
    const before = await db.rows.toArray();
    calls.failNextSeal = true;
    await expect(repo.save([entry('b', '2026-11-02')])).rejects.toThrow('Cairn is locked.');
    expect(repo.store.get('b')).toBeUndefined();
    expect(await db.rows.toArray()).toEqual(before);
  });

  it('leaves the store unchanged when the IndexedDB write fails', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01')]);
    db.close();
    await expect(repo.save([entry('b', '2026-11-02')])).rejects.toThrow();
    expect(repo.store.get('b')).toBeUndefined();
    expect(repo.store.get('a')).toBeDefined();
  });

  it('deletes and undoes', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01'), entry('b', '2026-11-01')]);
    const removed = await repo.remove(['a']);
    expect(repo.store.ofKind('journal.entry').map((e) => e.id)).toEqual(['b']);
    await repo.save(removed);
    const fresh = new Repository(api, db, new RecordStore());
    await fresh.load();
    expect(fresh.store.ofKind('journal.entry').map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('reports a damaged row, keeps it untouched, and refuses to overwrite it', async () => {
    const { api, idOf } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01'), entry('b', '2026-10-01')]);
    const damagedId = idOf('journal.entry:2026-11');
    await db.rows.put({ id: damagedId, env: 'AAAA' });

    const fresh = new Repository(api, db, new RecordStore());
    expect(await fresh.load()).toMatchObject({ records: 1, damagedRows: 1 });
    await expect(fresh.save([entry('c', '2026-11-03')])).rejects.toThrow(/will not overwrite/);
    expect((await db.rows.get(damagedId))?.env).toBe('AAAA');
    // Other months stay writable.
    await fresh.save([entry('d', '2026-10-03')]);
  });

  it('clears every decrypted record on lock', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01')]);
    repo.store.clear();
    expect(repo.store.size).toBe(0);
    expect(repo.store.ofKind('journal.entry')).toEqual([]);
  });
});

describe('a save and vault.json', () => {
  /** The stand-in with main's vault.json write held until `release` is called, and the order of manifest calls logged. */
  function heldHeader() {
    const { api } = fakeVault();
    const log: string[] = [];
    const held: (() => void)[] = [];
    const stage = api['vault.stageManifest'];
    const commit = api['vault.commitManifest'];
    api['vault.stageManifest'] = (request) => (log.push('stage'), stage(request));
    api['vault.commitManifest'] = (request) =>
      new Promise((resolve) => {
        log.push('commit');
        held.push(() => void commit(request).then((result) => (log.push('committed'), resolve(result))));
      });
    const release = () => held.shift()?.();
    return { api, log, release };
  }
  /** Long enough for a write that is free to go on to reach main (a few ms here), short for a test. */
  const pause = () => new Promise((r) => setTimeout(r, 300));

  it("'stored' resolves once the rows are in IndexedDB and the store shows them, before vault.json is written", async () => {
    const { api, log, release } = heldHeader();
    const repo = new Repository(api, db, new RecordStore());
    const saved = repo.save([entry('a', '2026-11-01')], 'stored').then(() => 'stored');
    // vault.json is held: a save that waited for it would never get here.
    expect(await Promise.race([saved, pause().then(() => pause()).then(() => 'still waiting')])).toBe('stored');
    expect(repo.store.get('a')).toBeDefined();
    expect(await db.rows.count()).toBe(2);
    expect(log).toEqual(['stage', 'commit']);
    release();
  });

  it('a save without it resolves only after vault.json, and the next write stages its manifest only after that', async () => {
    const { api, log, release } = heldHeader();
    const repo = new Repository(api, db, new RecordStore());
    let recorded = false;
    const first = repo.save([entry('a', '2026-11-01')]).then(() => (recorded = true));
    const second = repo.save([entry('b', '2026-11-02')], 'stored');
    await vi.waitFor(() => expect(log).toEqual(['stage', 'commit']));
    await pause();
    expect(recorded).toBe(false);
    // The second write has not staged its manifest on top of one vault.json does not hold yet.
    expect(log).toEqual(['stage', 'commit']);
    release();
    await first;
    await vi.waitFor(() => expect(log).toEqual(['stage', 'commit', 'committed', 'stage', 'commit']));
    release();
    await second;
    expect(repo.store.get('b')).toBeDefined();
  });
});

describe('restoring rows', () => {
  it('an IndexedDB transaction that aborts mid-restore leaves the previous rows and records in place', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01'), entry('b', '2026-10-01')]);
    const before = await db.rows.toArray();
    // The second row has no key: bulkPut fails after clear() already ran inside the transaction.
    const restored = [asRow(before[0]!), { env: new Uint8Array(3) } as unknown as Row];
    await expect(repo.writeRestored(restored, 'replace')).rejects.toThrow();
    expect(await db.rows.toArray()).toEqual(before);
    expect(repo.store.ofKind('journal.entry').map((e) => e.id).sort()).toEqual(['a', 'b']);
  });
});

describe('the in-memory store', () => {
  it('keeps the same list for kinds that did not change, so their readers do not re-render', async () => {
    const { api } = fakeVault();
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry('a', '2026-11-01'), { kind: 'settings', id: 'settings', autoLockMinutes: 5, createdAt: '2026-11-25T09:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z' }]);
    const settingsBefore = repo.store.ofKind('settings');
    const entriesBefore = repo.store.ofKind('journal.entry');
    await repo.save([entry('b', '2026-11-02')]);
    expect(repo.store.ofKind('settings')).toBe(settingsBefore);
    expect(repo.store.ofKind('journal.entry')).not.toBe(entriesBefore);
    expect(repo.store.ofKind('journal.entry').map((e) => e.id).sort()).toEqual(['a', 'b']);
  });
});
