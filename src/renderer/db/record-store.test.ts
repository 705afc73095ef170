import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../shared/domain';
import { RecordStore } from './record-store';

const entry = (id: string, body = 'text'): AnyRecord =>
  ({ kind: 'journal.entry', id, date: '2026-09-01', time: '10:00', title: '', body, tags: [], shareWithProvider: false, createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' }) as AnyRecord;
const tombstone = (id: string): AnyRecord =>
  ({ kind: 'tombstone', id, deletedKind: 'journal.entry', createdAt: '2026-09-02T10:00:00.000Z', updatedAt: '2026-09-02T10:00:00.000Z' }) as AnyRecord;

// The store keeps one list per kind (issue 22: saving one record must not re-filter every record of every kind).
describe('RecordStore lists by kind', () => {
  it('lists each kind in the order records were last put, and a replaced record only under its new kind', () => {
    const store = new RecordStore();
    store.apply([entry('a'), entry('b'), entry('c')], []);
    store.apply([entry('a', 'edited')], []);
    expect(store.ofKind('journal.entry').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    store.apply([tombstone('b')], []);
    expect(store.ofKind('journal.entry').map((r) => r.id)).toEqual(['c', 'a']);
    expect(store.ofKind('tombstone').map((r) => r.id)).toEqual(['b']);
    store.apply([], ['c']);
    expect(store.ofKind('journal.entry').map((r) => r.id)).toEqual(['a']);
  });

  it('forgets every kind on clear', () => {
    const store = new RecordStore();
    store.apply([entry('a')], []);
    store.clear();
    expect(store.ofKind('journal.entry')).toEqual([]);
    store.apply([entry('b')], []);
    expect(store.ofKind('journal.entry').map((r) => r.id)).toEqual(['b']);
  });
});
