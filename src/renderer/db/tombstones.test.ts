import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../shared/domain/journal';
import { ok } from '../../shared/result';
import { CairnDatabase } from './database';
import { RecordStore } from './record-store';
import { Repository } from './repository';
import { withManifestStandIn } from './testing/manifest-stand-in';

/** Reversible stand-in for main's seal/open (the real crypto is tested in electron/main/vault). */
const api = withManifestStandIn({
  'vault.seal': async ({ segments }) =>
    ok({ rows: segments.map((s) => ({ id: Buffer.from(s.name).toString('hex').padEnd(32, '0').slice(0, 32), env: new TextEncoder().encode(JSON.stringify(s)) })) }),
  'vault.open': async ({ rows }) =>
    ok({ segments: rows.map((r) => ({ id: r.id, ...(JSON.parse(new TextDecoder().decode(r.env)) as { name: string; data: string }) })), failed: [], leftover: [], rekeyUnfinished: false }),
  'vault.rekeyTidy': async () => ok({}),
});

const entry: JournalEntry = {
  kind: 'journal.entry',
  id: 'e1',
  date: '2026-11-01',
  time: '09:00',
  title: 'Gone soon',
  body: 'text',
  tags: [],
  shareWithProvider: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

describe('deleting remembers the deletion (a tombstone)', () => {
  it('a deleted record is gone for every reader, its tombstone is stored and survives a reload, and Undo brings the record back', async () => {
    const db = new CairnDatabase(`tombstones-${Date.now()}`);
    const repo = new Repository(api, db, new RecordStore());
    await repo.save([entry]);
    const before = Date.now();
    const removed = await repo.remove(['e1']);
    expect(removed).toEqual([entry]);
    expect(repo.store.get('e1')).toBeUndefined();
    expect(repo.store.ofKind('journal.entry')).toEqual([]);

    const fresh = new Repository(api, db, new RecordStore());
    await fresh.load();
    const stone = fresh.store.stored('e1');
    expect(stone).toMatchObject({ id: 'e1', kind: 'tombstone', deletedKind: 'journal.entry' });
    expect(Date.parse(stone!.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(fresh.store.get('e1')).toBeUndefined();
    // Deleting again finds nothing live: no second tombstone, nothing to undo.
    expect(await fresh.remove(['e1'])).toEqual([]);

    await fresh.save(removed);
    expect(fresh.store.ofKind('journal.entry')).toEqual([entry]);
    expect(fresh.store.ofKind('tombstone')).toEqual([]);
    const again = new Repository(api, db, new RecordStore());
    await again.load();
    expect(again.store.get('e1')).toEqual(entry);
  });
});
