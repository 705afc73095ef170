import type { CairnApi } from '../../shared/contract';
import { segmentOf, type AnyRecord } from '../../shared/domain';
import type { CairnDatabase, Row } from './database';
import type { RecordStore } from './record-store';
import { decodeSegment, encodeSegment } from '../../shared/domain/segments';
import { validateRecord } from './validate-record';
import { reencryptRows, type RekeyApi, type RekeyProgress } from './rekey';

type VaultApi = Pick<CairnApi, 'vault.seal' | 'vault.open' | 'vault.rekeyTidy'>;

/** Rows per vault.open call: large enough to be quick, small enough to show progress. */
const OPEN_BATCH = 100;

export interface LoadReport {
  records: number;
  /** Rows that could not be decrypted; their data is kept untouched on disk. */
  damagedRows: number;
}

/**
 * Features see records; this class hides the segments. Every user action is
 * one commit: re-seal the touched segments in main, write them in one Dexie
 * transaction, then update the in-memory store. A failure at any step leaves
 * both the disk and the store as they were.
 */
export class Repository {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly api: VaultApi,
    private readonly db: CairnDatabase,
    readonly store: RecordStore,
  ) {}

  async load(onProgress?: (done: number, total: number) => void): Promise<LoadReport> {
    // User Timing marks for `npm run bench` (bench/): a few entries per unlock, no cost worth measuring.
    const began = performance.now();
    const rows = await this.db.transaction('r', this.db.rows, () => this.db.rows.toArray());
    const read = performance.now();
    const put: AnyRecord[] = [];
    const leftover: string[] = [];
    let rekeyUnfinished = false;
    this.store.clear();
    for (let start = 0; start < rows.length; start += OPEN_BATCH) {
      const result = await this.api['vault.open']({ rows: rows.slice(start, start + OPEN_BATCH) });
      if (!result.ok) throw new Error(result.error.message);
      leftover.push(...result.value.leftover);
      rekeyUnfinished ||= result.value.rekeyUnfinished;
      for (const failed of result.value.failed) this.store.damagedRowIds.add(failed.id);
      for (const segment of result.value.segments) {
        try {
          put.push(...decodeSegment(segment.data));
        } catch {
          this.store.damagedRowIds.add(segment.id);
        }
      }
      onProgress?.(Math.min(start + OPEN_BATCH, rows.length), rows.length);
    }
    const opened = performance.now();
    this.store.apply(put, []);
    if (rekeyUnfinished) await this.finishRekey(leftover);
    performance.measure('cairn:load:read', { start: began, end: read });
    performance.measure('cairn:load:open', { start: read, end: opened });
    performance.measure('cairn:load:store', { start: opened });
    performance.measure('cairn:load', { start: began });
    return { records: put.length, damagedRows: this.store.damagedRowIds.size };
  }

  /**
   * Re-encrypts every row under a new data key (db/rekey.ts) and returns the
   * new recovery key. Queued like a save, so no write slips in between; on a
   * failure before the switch the old key still opens everything, and the
   * reload below deletes the copies already made.
   */
  rekey(api: RekeyApi, passphrase: string, onProgress?: (progress: RekeyProgress) => void): Promise<{ recoveryKey: string }> {
    const run = this.queue.then(async () => {
      if (this.store.damagedRowIds.size > 0) {
        throw new Error(
          'Part of your journal could not be decrypted, so Cairn cannot re-encrypt it under a new key. Restore a backup first. Nothing was changed.',
        );
      }
      try {
        return await reencryptRows(api, this.db, passphrase, onProgress);
      } finally {
        await this.load();
      }
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Deletes rows an unfinished re-encryption left under the other key, then lets main forget that key. */
  private async finishRekey(leftover: string[]): Promise<void> {
    try {
      if (leftover.length > 0) await this.db.transaction('rw', this.db.rows, () => this.db.rows.bulkDelete(leftover));
      await this.api['vault.rekeyTidy']({});
    } catch {
      // Harmless to leave: the next load finds the same leftovers and tries again.
    }
  }

  /** Every sealed row as stored, read in one transaction (for backups: main opens them itself). */
  rows(): Promise<Row[]> {
    return this.db.transaction('r', this.db.rows, () => this.db.rows.toArray());
  }

  /**
   * Writes rows main sealed from a restored backup in ONE transaction, then
   * reloads the store. 'replace' deletes every row that opened first; if anything fails,
   * IndexedDB rolls the whole transaction back and the live data stays.
   */
  async writeRestored(rows: Row[], mode: 'replace' | 'merge'): Promise<LoadReport> {
    await this.queue;
    // Rows that could not be opened are not in any backup, so replace keeps them as they are.
    const damaged = new Set(this.store.damagedRowIds);
    await this.db.transaction('rw', this.db.rows, async () => {
      if (mode === 'replace') await this.db.rows.filter((row) => !damaged.has(row.id)).delete();
      await this.db.rows.bulkPut(rows.filter((row) => !damaged.has(row.id)));
    });
    return this.load();
  }

  /** Creates or replaces records (validated) as one action. */
  async save(records: AnyRecord[]): Promise<void> {
    const start = performance.now();
    await this.commit(records.map(validateRecord), []);
    performance.measure('cairn:save', { start });
  }

  /**
   * Deletes as one action; returns what was deleted so the caller can offer Undo.
   * Each record is replaced by a tombstone (same id, time of deletion), so a
   * merge restore of an older backup does not bring it back.
   */
  async remove(ids: string[]): Promise<AnyRecord[]> {
    const removed = ids.map((id) => this.store.get(id)).filter((r): r is AnyRecord => r !== undefined);
    const at = new Date().toISOString();
    await this.commit(
      removed.map((r) => ({ id: r.id, kind: 'tombstone', deletedKind: r.kind, createdAt: at, updatedAt: at })),
      [],
    );
    return removed;
  }

  private commit(put: AnyRecord[], removedIds: string[]): Promise<void> {
    // Serialised so two quick actions on one segment cannot overwrite each other.
    const run = this.queue.then(() => this.write(put, removedIds));
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(put: AnyRecord[], removedIds: string[]): Promise<void> {
    const removed = new Set(removedIds);
    const touched = new Set<string>();
    for (const id of removedIds) {
      const old = this.store.stored(id);
      if (old) touched.add(segmentOf(old));
    }
    for (const record of put) {
      touched.add(segmentOf(record));
      const old = this.store.stored(record.id);
      if (old) touched.add(segmentOf(old));
    }
    if (touched.size === 0) return;

    const segments = [...touched].map((name) => ({
      name,
      data: encodeSegment(this.store.segmentAfter(name, put, removed)),
    }));
    const sealed = await this.api['vault.seal']({ segments });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const rows: Row[] = sealed.value.rows;
    if (rows.some((row) => this.store.damagedRowIds.has(row.id))) {
      throw new Error(
        'Part of your journal for this period could not be opened earlier, so Cairn will not overwrite it. Restore a backup first.',
      );
    }
    await this.db.transaction('rw', this.db.rows, () => this.db.rows.bulkPut(rows));
    this.store.apply(put, removedIds);
  }
}
