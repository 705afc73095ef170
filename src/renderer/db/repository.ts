import type { CairnApi } from '../../shared/contract';
import { segmentOf, type AnyRecord } from '../../shared/domain';
import type { CairnDatabase, Row } from './database';
import type { RecordStore } from './record-store';
import { decodeSegment, encodeSegment } from '../../shared/domain/segments';
import { validateRecord } from './validate-record';
import { reencryptRows, type RekeyApi, type RekeyProgress } from './rekey';
import { hashRows } from './row-hash';
import { asRow, isBase64Era, readRows } from './stored-envelope';

type VaultApi = Pick<CairnApi, 'vault.seal' | 'vault.open' | 'vault.rekeyTidy' | 'vault.verify' | 'vault.stageManifest' | 'vault.commitManifest'>;
type VerifyReport = Extract<Awaited<ReturnType<CairnApi['vault.verify']>>, { ok: true }>['value'];

/** Rows per vault.open call: large enough to be quick, small enough to show progress. */
const OPEN_BATCH = 100;

export interface LoadReport {
  records: number;
  /** Rows that could not be decrypted; their data is kept untouched on disk. */
  damagedRows: number;
  /** Rows that are not the version Cairn last saved (an older copy put back), kept untouched and not shown. */
  olderRows: number;
  /** Rows Cairn never wrote (not in its list), kept untouched and not shown. */
  unlistedRows: number;
  /** Rows Cairn saved that are gone. */
  missingRows: number;
  /** The list of rows itself is missing, damaged or older than vault.json, or vault.json is older than it. */
  listProblem: VerifyReport['problem'];
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
    const stored = await this.db.transaction('r', this.db.rows, () => this.db.rows.toArray());
    const rows = stored.map(asRow);
    const read = performance.now();
    const opened: { id: string; records: AnyRecord[] }[] = [];
    const leftover: string[] = [];
    const failed = new Set<string>();
    let rekeyUnfinished = false;
    this.store.clear();
    for (let start = 0; start < rows.length; start += OPEN_BATCH) {
      const result = await this.api['vault.open']({ rows: rows.slice(start, start + OPEN_BATCH) });
      if (!result.ok) throw new Error(result.error.message);
      leftover.push(...result.value.leftover);
      rekeyUnfinished ||= result.value.rekeyUnfinished;
      for (const row of result.value.failed) failed.add(row.id);
      for (const segment of result.value.segments) {
        try {
          opened.push({ id: segment.id, records: decodeSegment(segment.data) });
        } catch {
          failed.add(segment.id);
        }
      }
      onProgress?.(Math.min(start + OPEN_BATCH, rows.length), rows.length);
    }
    const decrypted = performance.now();
    // Checked against the sealed manifest before anything is shown: an older or unlisted row is never loaded as current.
    const left = new Set(leftover);
    // Hashed as stored (a base64-era row by its text), so the manifest vouches for exactly what IndexedDB holds.
    const verified = await this.call(this.api['vault.verify']({ rows: await hashRows(stored.filter((row) => !left.has(row.id))) }));
    const suspect = new Set([...verified.changed, ...verified.unlisted]);
    for (const id of [...failed, ...suspect]) this.store.damagedRowIds.add(id);
    const put = opened.filter((segment) => !suspect.has(segment.id)).flatMap((segment) => segment.records);
    const checked = performance.now();
    this.store.apply(put, []);
    const listed = verified.write ? await this.storeFirstManifest(verified.write) : true;
    if (rekeyUnfinished) await this.finishRekey(leftover);
    else if (listed && verified.problem === null) {
      const trusted = new Set(opened.map((segment) => segment.id).filter((id) => !suspect.has(id) && !failed.has(id)));
      await this.convertBase64Rows(stored.filter((row) => isBase64Era(row) && trusted.has(row.id)).map(asRow));
    }
    performance.measure('cairn:load:read', { start: began, end: read });
    performance.measure('cairn:load:open', { start: read, end: decrypted });
    performance.measure('cairn:load:verify', { start: decrypted, end: checked });
    performance.measure('cairn:load:store', { start: checked });
    performance.measure('cairn:load', { start: began });
    return {
      records: put.length,
      // A row that does not even decrypt is reported as damaged, whatever the manifest says of it.
      damagedRows: failed.size,
      olderRows: verified.changed.filter((id) => !failed.has(id)).length,
      unlistedRows: verified.unlisted.filter((id) => !failed.has(id)).length,
      missingRows: verified.missing,
      listProblem: verified.problem,
    };
  }

  /** A vault from before manifests gets its first one; failing is harmless (the next unlock builds it again). */
  private async storeFirstManifest({ manifest, generation }: { manifest: Row; generation: number }): Promise<boolean> {
    try {
      await this.db.transaction('rw', this.db.rows, () => this.db.rows.put(manifest));
      await this.call(this.api['vault.commitManifest']({ generation }));
      return true;
    } catch {
      // Left as it was: a vault without a manifest, checked again next time.
      return false;
    }
  }

  /**
   * Rows stored as base64 text before binary envelopes are rewritten as the
   * same bytes, once, after the manifest has vouched for them: only rows that
   * opened and are the listed version are converted, and the manifest that
   * lists their new hashes (of the bytes) goes in the same transaction, like
   * any write. A row that is damaged, changed or unlisted is left exactly as
   * it is stored (and stays reported). Failing is harmless: the rows stay
   * text and the next unlock converts them.
   */
  private async convertBase64Rows(rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await this.writeRows(rows, []);
    } catch {
      // Still base64 text, still listed under their text hashes: read as before.
    }
  }

  private async call<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
    const settled = await result;
    if (!settled.ok) throw new Error(settled.error.message);
    return settled.value;
  }

  /**
   * Rows and the manifest that lists them in ONE IndexedDB transaction, then
   * main records the manifest's generation in vault.json. That order is what
   * keeps a crash harmless: a manifest one generation ahead of vault.json is
   * accepted and repaired at the next unlock (electron/main/vault/manifest.ts).
   */
  private async writeRows(put: Row[], removed: string[], replace = false): Promise<void> {
    await (await this.storeRows(put, removed, replace)).header;
  }

  /**
   * The rows and their manifest, stored in one IndexedDB transaction; resolves
   * once that transaction has committed (the change is then durable, and what
   * the next unlock reads), with `header`: main recording the generation in
   * vault.json, still under way. The queue waits for `header` before the
   * next write stages its manifest; a save shows its records meanwhile, since
   * a crash before vault.json is written is the state writeRows accepts.
   */
  private async storeRows(put: Row[], removed: string[], replace = false): Promise<{ header: Promise<void> }> {
    const began = performance.now();
    const hashes = await hashRows(put);
    const hashed = performance.now();
    const staged = await this.call(this.api['vault.stageManifest']({ put: hashes, removed, replace }));
    const stagedAt = performance.now();
    await this.db.transaction('rw', this.db.rows, async () => {
      if (removed.length > 0) await this.db.rows.bulkDelete(removed);
      await this.db.rows.bulkPut([...put, staged.manifest]);
    });
    performance.measure('cairn:write:hash', { start: began, end: hashed });
    performance.measure('cairn:write:stage', { start: hashed, end: stagedAt });
    performance.measure('cairn:write:put', { start: stagedAt });
    const header = this.call(this.api['vault.commitManifest']({ generation: staged.generation })).then(
      () => undefined,
      // The rows are stored; vault.json catches up at the next commit or unlock.
      () => undefined,
    );
    return { header };
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

  /** Every sealed row as stored (as bytes), read in one transaction (for backups: main opens them itself). */
  rows(): Promise<Row[]> {
    return readRows(this.db);
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
    const present = (await this.db.rows.toCollection().primaryKeys()) as string[];
    const removed = mode === 'replace' ? present.filter((id) => !damaged.has(id)) : [];
    await this.writeRows(
      rows.filter((row) => !damaged.has(row.id)),
      removed,
      mode === 'replace',
    );
    return this.load();
  }

  /**
   * Creates or replaces records (validated) as one action. Resolves once main
   * has also recorded the new manifest's generation in vault.json; with
   * `until: 'stored'`, as soon as the rows and their manifest are committed
   * in IndexedDB and the store shows them (what a person waits for: the
   * change is durable then, and vault.json following later is the state a
   * crash between the two writes leaves, which the next unlock accepts and
   * repairs). Either way the next write waits for vault.json first.
   */
  async save(records: AnyRecord[], until: 'stored' | 'recorded' = 'recorded'): Promise<void> {
    const start = performance.now();
    const { stored, recorded } = this.commit(records.map(validateRecord), []);
    await (until === 'stored' ? stored : recorded);
    performance.measure('cairn:save', { start });
  }

  /**
   * Deletes as one action; returns what was deleted so the caller can offer Undo.
   * Each record is replaced by a tombstone (same id, time of deletion), so a
   * merge restore of an older backup does not bring it back.
   */
  async remove(ids: string[]): Promise<AnyRecord[]> {
    const removed = ids.map((id) => this.store.get(id)).filter((r): r is AnyRecord => r !== undefined);
    await this.commit(this.tombstonesFor(removed.map((r) => r.id)), []).recorded;
    return removed;
  }

  /**
   * Tombstones for those of `ids` that exist, to save together with other
   * records as one write: a saved journal entry and the end of its draft land
   * in IndexedDB together, so a lock in between cannot keep one without the other.
   */
  tombstonesFor(ids: string[]): AnyRecord[] {
    const at = new Date().toISOString();
    return ids.flatMap((id) => {
      const record = this.store.get(id);
      return record ? [{ id, kind: 'tombstone', deletedKind: record.kind, createdAt: at, updatedAt: at } as AnyRecord] : [];
    });
  }

  /**
   * `stored`: the rows are committed in IndexedDB and the store updated;
   * `recorded`: main has also written the generation to vault.json (or failed
   * to, which the next unlock repairs). A failed write rejects both.
   */
  private commit(put: AnyRecord[], removedIds: string[]): { stored: Promise<void>; recorded: Promise<void> } {
    // Serialised so two quick actions on one segment cannot overwrite each other, and each stages its manifest on the last one's.
    const queued = performance.now();
    const start = () => {
      // From the save's call to its write starting: a step of the bench's save figures (bench/page-probes.ts).
      performance.measure('cairn:write:queue', { start: queued });
      return this.write(put, removedIds);
    };
    const run = this.queue.then(start);
    const recorded = run.then(({ header }) => header);
    this.queue = recorded.catch(() => {});
    const stored = run.then(() => undefined);
    // Only one of the two is awaited: the other's rejection is the same error, already handled there.
    stored.catch(() => {});
    return { stored, recorded };
  }

  private async write(put: AnyRecord[], removedIds: string[]): Promise<{ header: Promise<void> }> {
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
    if (touched.size === 0) return { header: Promise.resolve() };

    const began = performance.now();
    const segments = [...touched].map((name) => ({
      name,
      data: encodeSegment(this.store.segmentAfter(name, put, removed)),
    }));
    const encoded = performance.now();
    const sealed = await this.api['vault.seal']({ segments });
    if (!sealed.ok) throw new Error(sealed.error.message);
    performance.measure('cairn:write:encode', { start: began, end: encoded });
    performance.measure('cairn:write:seal', { start: encoded });
    const rows: Row[] = sealed.value.rows;
    if (rows.some((row) => this.store.damagedRowIds.has(row.id))) {
      throw new Error(
        'Part of your journal for this period could not be opened earlier, so Cairn will not overwrite it. Restore a backup first.',
      );
    }
    const { header } = await this.storeRows(rows, []);
    const applying = performance.now();
    // Shown as soon as it is durable in IndexedDB: the page redraws while main writes vault.json.
    this.store.apply(put, removedIds);
    const applied = performance.now();
    performance.measure('cairn:write:store', { start: applying, end: applied });
    return { header: header.then(() => void performance.measure('cairn:write:header', { start: applied })) };
  }
}
