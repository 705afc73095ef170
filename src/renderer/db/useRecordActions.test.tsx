// @vitest-environment jsdom
/**
 * The one way a feature deletes: remove → Undo puts back the very record, a
 * second delete replaces the first toast, and the toast is usable by keyboard
 * and screen reader (Ctrl+Z outside text fields; a status with the shortcut).
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../shared/domain';
import { UndoProvider } from '../ui/UndoProvider';
import { VaultContext } from './vault-context';
import type { Repository } from './repository';
import { useRecordActions } from './useRecordActions';

afterEach(cleanup);

const entry = (id: string): AnyRecord =>
  ({ kind: 'journal.entry', id, title: id, body: 'kept word for word', tags: [], createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' }) as unknown as AnyRecord;

/** Just what the actions use of a Repository: a store, save and remove. */
function fakeRepository(records: AnyRecord[]) {
  const rows = new Map(records.map((r) => [r.id, structuredClone(r)]));
  const repository = {
    store: { get: (id: string) => rows.get(id) },
    save: async (saved: AnyRecord[]) => {
      for (const r of saved) rows.set(r.id, structuredClone(r));
    },
    remove: async (ids: string[]) => {
      const removed = ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
      for (const id of ids) rows.delete(id);
      return removed;
    },
  };
  return { rows, repository: repository as unknown as Repository };
}

function Deleter({ ids }: { ids: string[] }) {
  const { remove } = useRecordActions();
  return (
    <>
      {ids.map((id) => (
        <button key={id} type="button" onClick={() => void remove([id], `${id} deleted.`)}>
          Delete {id}
        </button>
      ))}
      <input aria-label="Note" />
    </>
  );
}

function setUp(ids: string[]) {
  const fake = fakeRepository(ids.map(entry));
  render(
    <VaultContext.Provider value={{ repository: fake.repository, lock: () => {} }}>
      <UndoProvider>
        <Deleter ids={ids} />
      </UndoProvider>
    </VaultContext.Provider>,
  );
  return fake;
}

describe('useRecordActions().remove with the shell’s one Undo toast', () => {
  it('Undo restores the same record, field for field', async () => {
    const { rows } = setUp(['a']);
    const before = structuredClone(rows.get('a'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete a' }));
    await waitFor(() => expect(rows.has('a')).toBe(false));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows.get('a')).toEqual(before));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a second delete replaces the first toast, and Undo then puts back only the second', async () => {
    const { rows } = setUp(['a', 'b']);
    await userEvent.click(screen.getByRole('button', { name: 'Delete a' }));
    await screen.findByText('a deleted.');
    await userEvent.click(screen.getByRole('button', { name: 'Delete b' }));
    await screen.findByText('b deleted.');
    expect(screen.queryByText('a deleted.')).toBeNull();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows.has('b')).toBe(true));
    expect(rows.has('a')).toBe(false);
  });

  it('says the shortcut to screen readers, and Ctrl+Z undoes outside a text field but not inside one', async () => {
    const { rows } = setUp(['a']);
    await userEvent.click(screen.getByRole('button', { name: 'Delete a' }));
    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('a deleted.');
    expect(toast.textContent).toContain('Press Control+Z to undo.');

    // In a text field Ctrl+Z is the field's own undo: the record stays deleted.
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(rows.has('a')).toBe(false);
    expect(screen.getByRole('status')).toBeTruthy();

    act(() => (document.activeElement as HTMLElement).blur());
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(rows.has('a')).toBe(true));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
