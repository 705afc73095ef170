// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { clearWhen, typeWhen } from '../../../../tests/support/when-fields';
import type { AnyRecord } from '../../../shared/domain';
import type { MedicationSettings } from '../../../shared/domain/medication';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { RemindersSettings } from './RemindersSettings';

// Main's "keep running" switch is not what this test is about: answer it as main does.
vi.mock('../../app/api', () => ({ api: { 'app.background': () => Promise.resolve({ ok: true, value: { keepRunning: false } }) } }));

afterEach(cleanup);

function repositoryInMemory() {
  const store = new RecordStore();
  const saved: AnyRecord[][] = [];
  const save = (records: AnyRecord[]) => {
    saved.push(records);
    store.apply(records, []);
    return Promise.resolve();
  };
  return { repository: { store, save } as unknown as Repository, saved, stored: () => store.get('med.settings') as MedicationSettings | undefined };
}

it('saves a ticked reminder at its first time; a time that is not one is said on its field and not saved; a real time is', async () => {
  const { repository, saved, stored } = repositoryInMemory();
  render(
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <RemindersSettings />
    </VaultContext.Provider>,
  );
  fireEvent.click(screen.getByRole('checkbox', { name: 'Daily check-in' }));
  await waitFor(() => expect(stored()?.checkinReminder).toBe('20:00'));

  const time = screen.getByRole('group', { name: 'Daily check-in: time' });
  const savesBefore = saved.length;
  // A cleared time gives '' (a half-typed one gives nothing until it is whole).
  clearWhen(time);
  const message = await screen.findByText('Use a time like 08:00.');
  expect(time.querySelector('[role="spinbutton"]')!.getAttribute('aria-invalid')).toBe('true');
  expect(time.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(saved.length).toBe(savesBefore);
  expect(stored()?.checkinReminder).toBe('20:00');
  // Another reminder saved meanwhile: the cleared time keeps its message, and is still not saved.
  fireEvent.click(screen.getByRole('checkbox', { name: 'Therapy homework, daily' }));
  await waitFor(() => expect(stored()?.homeworkReminder).toBe('18:00'));
  expect(screen.getByText('Use a time like 08:00.')).toBeTruthy();
  expect(stored()?.checkinReminder).toBe('20:00');

  await typeWhen(time, '07:30');
  await waitFor(() => expect(stored()?.checkinReminder).toBe('07:30'));
  expect(screen.queryByText('Use a time like 08:00.')).toBeNull();

  // Unticked, it is stored as off; ticked again, the last time comes back.
  fireEvent.click(screen.getByRole('checkbox', { name: 'Daily check-in' }));
  await waitFor(() => expect(stored()?.checkinReminder).toBeUndefined());
  expect(screen.queryByRole('group', { name: 'Daily check-in: time' })).toBeNull();
});

it('saves the appointment reminders when ticked', async () => {
  const { repository, stored } = repositoryInMemory();
  render(
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <RemindersSettings />
    </VaultContext.Provider>,
  );
  fireEvent.click(screen.getByRole('checkbox', { name: 'Appointments, the day before and an hour before' }));
  await waitFor(() => expect(stored()?.appointmentReminders).toBe(true));
});
