// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, it, vi } from 'vitest';
import type { AnyRecord } from '../../../shared/domain';
import type { JournalEntry } from '../../../shared/domain/journal';
import { RecordStore } from '../../db/record-store';
import { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { UndoProvider } from '../../ui/UndoProvider';
import { DRAFT_DELAY_MS, useEntryForm } from './useEntryForm';
import { DRAFT_ID } from '../../../shared/domain/journal';

/** The real Repository's tombstonesFor over a test's store (it reads nothing else). */
const tombstonesFor = (store: RecordStore) => (ids: string[]) => Repository.prototype.tombstonesFor.call({ store } as unknown as Repository, ids);

/** One stored entry to edit. */
const walk = (tags: string[]): JournalEntry => ({
  kind: 'journal.entry',
  id: 'e1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  date: '2026-12-01',
  time: '10:00',
  title: 'Walk',
  body: 'By the river.',
  tags,
  shareWithProvider: false,
});

it('keeps words typed while the entry was saving, and empties what was saved', async () => {
  const store = new RecordStore();
  const waiting: (() => void)[] = [];
  const save = (records: AnyRecord[]) => new Promise<void>((resolve) => waiting.push(() => (store.apply(records, []), resolve())));
  const repository = { store, save, remove: async () => {}, tombstonesFor: tombstonesFor(store) } as unknown as Repository;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <UndoProvider>{children}</UndoProvider>
    </VaultContext.Provider>
  );
  const { result } = renderHook(() => useEntryForm(), { wrapper });

  act(() => result.current.change({ title: 'Walk', body: 'A long walk by the river.' }));
  let saving!: Promise<unknown>;
  act(() => {
    saving = result.current.submit();
  });
  // The form is checked (zod resolver) before the write starts: type once the write is under way.
  await waitFor(() => expect(waiting).toHaveLength(1));
  act(() => result.current.change({ body: 'Second thoughts' }));
  await act(async () => {
    waiting.splice(0).forEach((finish) => finish());
    await saving;
  });

  expect(store.ofKind('journal.entry').map((e) => e.body)).toEqual(['A long walk by the river.']);
  expect(result.current.fields.body).toBe('Second thoughts');
  expect(result.current.fields.title).toBe('');
});

it('an edit closed untouched is let go; an edit with changes stays as the draft', async () => {
  const store = new RecordStore();
  const entry = walk(['outdoors']);
  store.apply([entry], []);
  const removed: string[][] = [];
  const repository = { store, save: async (r: AnyRecord[]) => store.apply(r, []), remove: async (ids: string[]) => void removed.push(ids), tombstonesFor: tombstonesFor(store) } as unknown as Repository;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <UndoProvider>{children}</UndoProvider>
    </VaultContext.Provider>
  );
  const { result } = renderHook(() => useEntryForm(), { wrapper });

  act(() => void result.current.edit({ ...entry, tags: [...entry.tags] }));
  expect(result.current.fields).toMatchObject({ entryId: 'e1', title: 'Walk', tags: 'outdoors' });
  await act(async () => result.current.letGoUntouchedEdit());
  expect(result.current.fields.entryId).toBeUndefined();
  expect(result.current.fields.body).toBe('');

  act(() => void result.current.edit({ ...entry, tags: [...entry.tags] }));
  act(() => result.current.change({ body: 'By the river, in the rain.' }));
  await act(async () => result.current.letGoUntouchedEdit());
  expect(result.current.fields).toMatchObject({ entryId: 'e1', body: 'By the river, in the rain.' });
});

it('an edit let go while its draft is being written leaves no draft behind', async () => {
  vi.useFakeTimers();
  try {
    const store = new RecordStore();
    const entry = walk([]);
    store.apply([entry], []);
    // Draft writes wait until the test lets them finish, as a write does on a busy machine.
    const waiting: (() => void)[] = [];
    const save = (records: AnyRecord[]) => new Promise<void>((resolve) => waiting.push(() => (store.apply(records, []), resolve())));
    const remove = async (ids: string[]) => store.apply([], ids);
    const repository = { store, save, remove, tombstonesFor: tombstonesFor(store) } as unknown as Repository;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultContext.Provider value={{ repository, lock: () => {} }}>
        <UndoProvider>{children}</UndoProvider>
      </VaultContext.Provider>
    );
    const { result } = renderHook(() => useEntryForm(), { wrapper });

    act(() => void result.current.edit({ ...entry, tags: [] }));
    // The edit stays open past the draft delay: its draft write starts and is still under way when the editor closes.
    await act(async () => void vi.advanceTimersByTime(DRAFT_DELAY_MS + 10));
    expect(waiting).toHaveLength(1);
    let lettingGo!: Promise<void>;
    act(() => {
      lettingGo = Promise.resolve(result.current.letGoUntouchedEdit());
    });
    await act(async () => {
      waiting.splice(0).forEach((finish) => finish());
      await lettingGo;
    });
    // No draft, even for the moment before the next draft check would clear one: "Continue writing" must not offer the edit back.

    expect(store.get(DRAFT_ID)).toBeUndefined();
    expect(result.current.fields.entryId).toBeUndefined();
  } finally {
    vi.useRealTimers();
  }
});

it('a saved entry and the end of its draft are one write, so a lock the moment the entry shows cannot keep the draft', async () => {
  vi.useFakeTimers();
  try {
    const store = new RecordStore();
    const writes: AnyRecord[][] = [];
    const save = async (records: AnyRecord[]) => {
      writes.push(records);
      store.apply(records, []);
    };
    const remove = async (ids: string[]) => {
      writes.push(ids.map((id) => ({ removed: id }) as unknown as AnyRecord));
      store.apply([], ids);
    };
    const repository = { store, save, remove, tombstonesFor: tombstonesFor(store) } as unknown as Repository;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VaultContext.Provider value={{ repository, lock: () => {} }}>
        <UndoProvider>{children}</UndoProvider>
      </VaultContext.Provider>
    );
    const { result } = renderHook(() => useEntryForm(), { wrapper });

    act(() => result.current.change({ title: 'Unfinished', body: 'Half a thought.' }));
    await act(async () => void vi.advanceTimersByTime(DRAFT_DELAY_MS + 10));
    expect(store.get(DRAFT_ID)?.kind).toBe('journal.draft');
    writes.length = 0;

    await act(async () => void (await result.current.submit()));
    // One write: the entry and the draft's tombstone; nothing left to do after the entry shows.
    expect(writes.map((w) => w.map((r) => r.kind).sort())).toEqual([['journal.entry', 'tombstone']]);
    expect(store.get(DRAFT_ID)).toBeUndefined();
    expect(store.ofKind('journal.entry').map((e) => e.body)).toEqual(['Half a thought.']);
  } finally {
    vi.useRealTimers();
  }
});
