// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it } from 'vitest';
import type { AnyRecord } from '../../../../shared/domain';
import { RecordStore } from '../../../db/record-store';
import type { Repository } from '../../../db/repository';
import { UndoProvider } from '../../../ui/UndoProvider';
import { VaultContext } from '../../../db/vault-context';
import { PracticeLog } from './PracticeLog';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria's dialog uses it (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

let saves = 0;

/** A repository whose saves wait until the test lets them finish, as a busy machine's do. */
function slowRepository() {
  const store = new RecordStore();
  const waiting: (() => void)[] = [];
  const save = (records: AnyRecord[]) => {
    saves += 1;
    return new Promise<void>((resolve) =>
      waiting.push(() => {
        store.apply(records, []);
        resolve();
      }),
    );
  };
  return { repository: { store, save } as unknown as Repository, finishSaves: () => waiting.splice(0).forEach((finish) => finish()) };
}

it('saves once however often Log practice is pressed while the save is under way, then closes the panel and lists the practice', async () => {
  const { repository, finishSaves } = slowRepository();
  render(
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <MemoryRouter>
        <UndoProvider>
          <PracticeLog />
        </UndoProvider>
      </MemoryRouter>
    </VaultContext.Provider>,
  );
  expect(screen.getByText('Nothing logged yet.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Log a practice' }));
  const panel = await screen.findByRole('dialog', { name: 'Log a practice' });
  fireEvent.change(within(panel).getByLabelText('What you practised'), { target: { value: 'Box breathing' } });
  fireEvent.change(within(panel).getByLabelText('Minutes'), { target: { value: '10' } });
  const logIt = within(panel).getByRole('button', { name: 'Log practice' });
  // The save is slow; an impatient second press must not log the practice twice.
  fireEvent.click(logIt);
  await waitFor(() => expect(saves).toBe(1));
  fireEvent.click(logIt);
  // Give the second press time to get as far as it would (validation is asynchronous), then let every save finish.
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await act(async () => finishSaves());
  await act(async () => finishSaves());
  expect(saves).toBe(1);

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(repository.store.ofKind('therapy.practice').map((p) => [p.what, p.minutes])).toEqual([['Box breathing', 10]]);
  expect(screen.getByRole('article', { name: /^Box breathing, / })).toBeTruthy();
});
