// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { AnyRecord } from '../../../shared/domain';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { AutoBackupSettings } from './AutoBackupSettings';
import { ExportBackup } from './ExportBackup';
import { OpenBackupForm } from './OpenBackupForm';
import { RestoreBackup } from './RestoreBackup';

// Main's side, as each call answers it; the test counts what reached main.
const api = vi.hoisted(() => ({
  'backup.autoStatus': vi.fn(),
  'backup.autoConfigure': vi.fn(),
  'backup.export': vi.fn(),
  'backup.choose': vi.fn(),
  'backup.inspect': vi.fn(),
  'backup.restore': vi.fn(),
  'backup.forget': vi.fn(),
}));
vi.mock('../../app/api', () => ({ api }));

const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
const SUMMARY = { createdAt: '2026-01-01T10:00:00.000Z', app: 'Cairn 1.0', counts: { 'journal.entry': 2 }, total: 2, dateRange: null };

beforeEach(() => {
  for (const call of Object.values(api)) call.mockReset();
  api['backup.autoStatus'].mockReturnValue(ok({ enabled: false, folder: null, keep: 10, lastBackupAt: null, lastError: null }));
  api['backup.choose'].mockReturnValue(ok({ fileId: 'f1', fileName: 'good.cairnbackup' }));
  api['backup.inspect'].mockReturnValue(ok(SUMMARY));
  api['backup.forget'].mockReturnValue(ok({}));
});
afterEach(cleanup);

const writeRestored = vi.fn();
const repository = {
  store: { liveSize: 3 },
  rows: () => Promise.resolve([]),
  writeRestored,
} as unknown as Repository;
const inVault = (ui: ReactNode) =>
  render(
    <VaultContext.Provider value={{ repository, lock: () => {} }}>
      <MemoryRouter>{ui}</MemoryRouter>
    </VaultContext.Provider>,
  );
/** Lets a refused submit get as far as it would (validation is asynchronous). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

function fieldMessage(label: string, message: string) {
  const field = screen.getByLabelText(label);
  const shown = screen.getByText(message);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(shown.id);
}

it('export: without the passphrase, says so on the field and asks main for nothing', async () => {
  inVault(<ExportBackup />);
  fireEvent.click(screen.getByRole('button', { name: 'Export backup…' }));
  await screen.findByText('Enter your Cairn passphrase.');
  fieldMessage('Your passphrase (protects the backup too)', 'Enter your Cairn passphrase.');
  await settle();
  expect(api['backup.export']).not.toHaveBeenCalled();

  api['backup.export'].mockReturnValue(ok({ path: '/backups/a.cairnbackup', total: 2, bytes: 2048 }));
  fireEvent.change(screen.getByLabelText('Your passphrase (protects the backup too)'), { target: { value: 'correct horse' } });
  fireEvent.click(screen.getByRole('button', { name: 'Export backup…' }));
  await screen.findByText('Backup saved to /backups/a.cairnbackup (2 records, 2 KB).');
  expect(api['backup.export']).toHaveBeenCalledWith({ rows: [], passphrase: 'correct horse', separatePassphrase: false });
  // The typed passphrase does not stay on screen.
  expect((screen.getByLabelText('Your passphrase (protects the backup too)') as HTMLInputElement).value).toBe('');
});

it('export with a separate passphrase: until it is accepted, the form says what it needs and exports nothing', async () => {
  inVault(<ExportBackup />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Use a different passphrase for this backup' }));
  fireEvent.click(screen.getByRole('button', { name: 'Export backup…' }));
  await screen.findByText('Choose the new passphrase: strong enough, and typed the same twice.');
  await settle();
  expect(api['backup.export']).not.toHaveBeenCalled();
});

it('automatic backups: a number to keep out of 1–100 is said on its field, and no folder is asked for', async () => {
  inVault(<AutoBackupSettings />);
  fireEvent.change(await screen.findByLabelText('Your passphrase (protects the automatic backups)'), { target: { value: 'correct horse' } });
  fireEvent.change(screen.getByLabelText('Backups to keep'), { target: { value: '0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Choose folder and turn on…' }));
  await screen.findByText('Keep between 1 and 100 backups, as a whole number.');
  fieldMessage('Backups to keep', 'Keep between 1 and 100 backups, as a whole number.');
  await settle();
  expect(api['backup.autoConfigure']).not.toHaveBeenCalled();

  api['backup.autoConfigure'].mockReturnValue(ok({ enabled: true, folder: '/sync', keep: 12, lastBackupAt: null, lastError: null }));
  fireEvent.change(screen.getByLabelText('Backups to keep'), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Choose folder and turn on…' }));
  await screen.findByText(/^On: encrypted backups go to/);
  expect(api['backup.autoConfigure']).toHaveBeenCalledWith({ passphrase: 'correct horse', separatePassphrase: false, keep: 12 });
});

it('opening a backup: without its passphrase, says so on the field and main opens nothing', async () => {
  const onOpened = vi.fn();
  render(<OpenBackupForm onOpened={onOpened} submitLabel="Check backup" />);
  fireEvent.click(screen.getByRole('button', { name: 'Choose backup file…' }));
  await screen.findByText('good.cairnbackup');
  fireEvent.click(screen.getByRole('button', { name: 'Check backup' }));
  await screen.findByText('Enter the passphrase this backup was made with.');
  fieldMessage('Backup passphrase', 'Enter the passphrase this backup was made with.');
  await settle();
  expect(api['backup.inspect']).not.toHaveBeenCalled();
  expect(onOpened).not.toHaveBeenCalled();
});

it('replace: the confirmation needs the passphrase for the safety copy; without it nothing is restored', async () => {
  inVault(<RestoreBackup />);
  fireEvent.click(screen.getByRole('button', { name: 'Choose backup file…' }));
  fireEvent.change(await screen.findByLabelText('Backup passphrase'), { target: { value: 'correct horse' } });
  fireEvent.click(screen.getByRole('button', { name: 'Check backup' }));
  await screen.findByText('good.cairnbackup is a complete, undamaged Cairn backup.');
  fireEvent.click(screen.getByRole('radio', { name: 'Replace: make the journal exactly what the backup holds' }));
  fireEvent.click(screen.getByRole('button', { name: 'Replace my journal…' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Replace 3 records' }));
  await screen.findByText('Enter your Cairn passphrase.');
  fieldMessage('Your Cairn passphrase', 'Enter your Cairn passphrase.');
  await settle();
  expect(api['backup.restore']).not.toHaveBeenCalled();
  expect(writeRestored).not.toHaveBeenCalled();

  const rows: AnyRecord[] = [];
  api['backup.restore'].mockReturnValue(ok({ rows, safetyBackup: '/data/before-restore.cairnbackup', keptDamaged: 0 }));
  writeRestored.mockReturnValue(Promise.resolve({ records: 2 }));
  fireEvent.change(screen.getByLabelText('Your Cairn passphrase'), { target: { value: 'correct horse' } });
  fireEvent.click(screen.getByRole('button', { name: 'Replace 3 records' }));
  await waitFor(() => expect(writeRestored).toHaveBeenCalledWith(rows, 'replace'));
  expect(api['backup.restore']).toHaveBeenCalledWith({ fileId: 'f1', mode: 'replace', rows: [], passphrase: 'correct horse' });
  await screen.findByText(/^Restored\. Your journal now holds 2 records\. Your journal as it was is saved in/);
});
