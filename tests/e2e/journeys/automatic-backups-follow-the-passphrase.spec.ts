import { mkdirSync } from 'node:fs';
import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, openSettings, PASSPHRASE, unlock, unlockToShell } from '../steps';
import { backupsIn, newestAutoBackup, recordsIn } from './backup-tools';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Argon2 in the app and in the recovery script, and a browser start, on a busy 2-core machine.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 16 point 1. A person turns on automatic backups protected by their
 * vault passphrase, later changes the passphrase in Settings, later still
 * forgets it and sets a new one with the recovery key. Every automatic backup
 * made after each change must open with the passphrase they now know.
 */
test('automatic backups open with the new passphrase after a change and after a recovery-key reset', async ({ cairn }, testInfo) => {
  test.skip(!cairn.harness, 'file dialogs are answered through the harness');
  // About 15 Argon2 derivations in the app and in the recovery script, on a busy machine.
  const { page } = cairn;
  const recoveryKey = cairn.recoveryKey!;
  await addEntry(page, 'Worth keeping', 'Backed up every day.');

  await openSettings(page, 'Backups');
  const folder = testInfo.outputPath('Synced folder');
  mkdirSync(folder, { recursive: true });
  cairn.harness!.nextFolderPath = folder;
  await page.getByLabel('Your passphrase (protects the automatic backups)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Choose folder and turn on…' }).click();
  await expect(page.getByText(/^On: encrypted backups go to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
  expect(recordsIn(newestAutoBackup(folder), PASSPHRASE)?.some((r) => r.title === 'Worth keeping')).toBe(true);

  // 1. "Change passphrase" in Settings → Security.
  const changed = 'copper lantern meadow drift 58';
  await openSettings(page, 'Security');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(changed);
  await page.getByLabel('Type it again').fill(changed);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase was changed.')).toBeVisible({ timeout: E2E_SLOW_STEP });
  await openSettings(page, 'Backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(() => backupsIn(folder).length, { timeout: E2E_SLOW_STEP }).toBe(2);
  const afterChange = newestAutoBackup(folder);
  expect(recordsIn(afterChange, changed)?.some((r) => r.title === 'Worth keeping')).toBe(true);
  expect(recordsIn(afterChange, PASSPHRASE)).toBeNull();

  // 2. Forgotten: the recovery key, then a new passphrase.
  await page.keyboard.press('Control+L');
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const recovered = 'amber kettle north ladder 93';
  await page.getByLabel('New passphrase', { exact: true }).fill(recovered);
  await page.getByLabel('Type it again').fill(recovered);
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await page.keyboard.press('Control+Comma');
  await openSettings(page, 'Backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(() => backupsIn(folder).length, { timeout: E2E_SLOW_STEP }).toBe(3);
  const afterRecovery = newestAutoBackup(folder);
  expect(recordsIn(afterRecovery, recovered)?.some((r) => r.title === 'Worth keeping')).toBe(true);
  expect(recordsIn(afterRecovery, changed)).toBeNull();

  // 3. What is stored survives a restart: still on, and still following the passphrase.
  await cairn.restart();
  await unlock(cairn.page, changed);
  await expect(cairn.page.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: E2E_SLOW_STEP });
  await unlockToShell(cairn.page, recovered);
  await openSettings(cairn.page, 'Backups');
  await expect(cairn.page.getByText(/^On: encrypted backups go to/)).toBeVisible();
  await cairn.page.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(() => backupsIn(folder).length, { timeout: E2E_SLOW_STEP }).toBe(4);
  expect(recordsIn(newestAutoBackup(folder), recovered)?.some((r) => r.title === 'Worth keeping')).toBe(true);
  expect(foreignRequests(cairn)).toEqual([]);
});
