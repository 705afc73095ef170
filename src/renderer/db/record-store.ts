import { segmentOf, type AnyRecord, type RecordKind, type RecordOf } from '../../shared/domain';
import { markStable } from '../../shared/stable-list';

type Listener = () => void;

/**
 * The decrypted records, in memory only, while the vault is unlocked. The UI
 * reads it through useSyncExternalStore; `clear()` on lock drops everything.
 */
export class RecordStore {
  private byId = new Map<string, AnyRecord>();
  private bySegment = new Map<string, Map<string, AnyRecord>>();
  /** Per kind, in the same order as byId: rebuilding one kind's list reads only that kind, not all 37,000 records. */
  private byKind = new Map<string, Map<string, AnyRecord>>();
  private kindCache = new Map<string, AnyRecord[]>();
  private listeners = new Set<Listener>();
  /** Rows that failed to open: reported to the user and never overwritten. */
  readonly damagedRowIds = new Set<string>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A live record; a deleted one (its tombstone) reads as absent. */
  get(id: string): AnyRecord | undefined {
    const record = this.byId.get(id);
    return record?.kind === 'tombstone' ? undefined : record;
  }

  /** Whatever is stored under the id, tombstones included (to find the segment a write must update). */
  stored(id: string): AnyRecord | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Records a person would count: not deletion tombstones. */
  get liveSize(): number {
    let n = 0;
    for (const record of this.byId.values()) if (record.kind !== 'tombstone') n++;
    return n;
  }

  /** Stable array identity until the store changes, as useSyncExternalStore requires. */
  ofKind<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
    let list = this.kindCache.get(kind);
    if (!list) {
      // Stable: shared by every reader until its kind changes, so model code may keep work derived from it (indexLogs).
      list = markStable([...(this.byKind.get(kind)?.values() ?? [])]);
      this.kindCache.set(kind, list);
    }
    return list as RecordOf<K>[];
  }

  /** The records a segment would hold after putting and removing the given ones. */
  segmentAfter(segment: string, put: AnyRecord[], removed: Set<string>): AnyRecord[] {
    const next = new Map(this.bySegment.get(segment));
    for (const id of removed) next.delete(id);
    for (const record of put) {
      if (segmentOf(record) === segment) next.set(record.id, record);
      else next.delete(record.id);
    }
    return [...next.values()];
  }

  apply(put: AnyRecord[], removedIds: Iterable<string>): void {
    const kinds = new Set<string>();
    for (const id of removedIds) this.delete(id, kinds);
    for (const record of put) {
      kinds.add(record.kind);
      this.delete(record.id, kinds);
      this.byId.set(record.id, record);
      const segment = segmentOf(record);
      const members = this.bySegment.get(segment) ?? new Map<string, AnyRecord>();
      this.bySegment.set(segment, members.set(record.id, record));
      const ofKind = this.byKind.get(record.kind) ?? new Map<string, AnyRecord>();
      this.byKind.set(record.kind, ofKind.set(record.id, record));
    }
    this.changed(kinds);
  }

  clear(): void {
    this.byId = new Map();
    this.bySegment = new Map();
    this.byKind = new Map();
    this.damagedRowIds.clear();
    this.changed(null);
  }

  private delete(id: string, kinds: Set<string>): void {
    const old = this.byId.get(id);
    if (!old) return;
    kinds.add(old.kind);
    this.byId.delete(id);
    this.bySegment.get(segmentOf(old))?.delete(id);
    this.byKind.get(old.kind)?.delete(id);
  }

  /**
   * Only the lists of kinds that changed are rebuilt: the others keep their
   * identity, so components reading them skip re-rendering (saving one
   * check-in must not re-filter 29,000 dose logs). null = everything changed.
   */
  private changed(kinds: Set<string> | null): void {
    if (kinds) for (const kind of kinds) this.kindCache.delete(kind);
    else this.kindCache.clear();
    for (const listener of this.listeners) listener();
  }
}
