import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, openSettings, PASSPHRASE, unlockToShell } from '../steps';
import { recordsIn } from './backup-tools';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Argon2 in the app and in the recovery script, and a browser start, on a busy 2-core machine.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 16 point 4. A person deletes an entry, then merges an older backup
 * (say, from their other computer). The deleted entry must not come back,
 * and the deletion travels in later backups.
 */
test('merging an older backup does not bring back a deleted entry', async ({ cairn }, testInfo) => {
  test.skip(!cairn.harness, 'file dialogs are answered through the harness');
  const { page } = cairn;
  await addEntry(page, 'Stays', 'Kept.');
  await addEntry(page, 'Deleted later', 'Should stay gone.');

  await openSettings(page, 'Backups');
  const older = testInfo.outputPath('older.cairnbackup');
  cairn.harness!.nextSavePath = older;
  await page.getByLabel('Your passphrase (protects the backup too)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Export backup…' }).click();
  await expect(page.getByText(/^Backup saved to/)).toBeVisible({ timeout: E2E_SLOW_STEP });

  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: 'Delete Deleted later' }).click();
  await expect(page.getByRole('article', { name: 'Deleted later' })).toHaveCount(0);

  await openSettings(page, 'Backups');
  cairn.harness!.nextOpenPath = older;
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Check backup' }).click();
  await expect(page.getByRole('row', { name: 'Journal entries' })).toHaveText(/Journal entries\s*2$/, { timeout: E2E_SLOW_STEP });
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^Restored\./)).toBeVisible({ timeout: E2E_SLOW_STEP });

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'Stays' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Deleted later' })).toHaveCount(0);

  // Stored: after a restart it is still gone, and a new backup carries the deletion, not the entry.
  await cairn.restart();
  await unlockToShell(cairn.page);
  await cairn.page.keyboard.press('Control+1');
  await expect(cairn.page.getByRole('article', { name: 'Stays' })).toBeVisible();
  await expect(cairn.page.getByRole('article', { name: 'Deleted later' })).toHaveCount(0);
  await openSettings(cairn.page, 'Backups');
  const after = testInfo.outputPath('after.cairnbackup');
  cairn.harness!.nextSavePath = after;
  await cairn.page.getByLabel('Your passphrase (protects the backup too)').fill(PASSPHRASE);
  await cairn.page.getByRole('button', { name: 'Export backup…' }).click();
  await expect(cairn.page.getByText(/^Backup saved to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
  const records = recordsIn(after, PASSPHRASE)!;
  expect(records.map((r) => r.title)).not.toContain('Deleted later');
  expect(records.filter((r) => r.kind === 'tombstone' && (r as { deletedKind?: string }).deletedKind === 'journal.entry')).toHaveLength(1);
  expect(foreignRequests(cairn)).toEqual([]);
});
