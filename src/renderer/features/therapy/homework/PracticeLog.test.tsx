// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it } from 'vitest';
import type { AnyRecord } from '../../../../shared/domain';
import { RecordStore } from '../../../db/record-store';
import type { Repository } from '../../../db/repository';
import { UndoProvider } from '../../../ui/UndoProvider';
import { VaultContext } from '../../../db/vault-context';
import { PracticeLog } from './PracticeLog';

afterEach(cleanup);

/** A repository whose saves wait until the test lets them finish, as a busy machine's do. */
function slowRepository() {
  const store = new RecordStore();
  const waiting: (() => void)[] = [];
  const save = (records: AnyRecord[]) =>
    new Promise<void>((resolve) =>
      waiting.push(() => {
        store.apply(records, []);
        resolve();
      }),
    );
  return { repository: { store, save } as unknown as Repository, finishSaves: () => waiting.splice(0).forEach((finish) => finish()) };
}

it('keeps what was typed for the next practice while the first one was still saving', async () => {
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
  const what = screen.getByLabelText('What you practised') as HTMLInputElement;
  const minutes = screen.getByLabelText('Minutes') as HTMLInputElement;
  fireEvent.change(what, { target: { value: 'Box breathing' } });
  fireEvent.change(minutes, { target: { value: '10' } });
  fireEvent.click(screen.getByRole('button', { name: 'Log practice' }));
  // The save is in flight; the person starts the next one.
  fireEvent.change(what, { target: { value: 'Values exercise' } });
  await act(async () => finishSaves());

  expect(repository.store.ofKind('therapy.practice').map((p) => p.what)).toEqual(['Box breathing']);
  expect(what.value).toBe('Values exercise');
  // The field that held the saved value is emptied, as before.
  expect(minutes.value).toBe('');
});
