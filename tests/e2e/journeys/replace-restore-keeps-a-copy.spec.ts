import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, openSettings, PASSPHRASE, unlockToShell } from '../steps';
import { recordsIn } from './backup-tools';
import { E2E_RESTORE, E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';
import { axeProblems } from './axe-both-schemes';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Argon2 in the app and in the recovery script, and a browser start, on a busy 2-core machine.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 16 point 2. A person restores an older backup with "Replace". Cairn
 * names how many records will be replaced, asks for the passphrase, and keeps
 * a safety backup of the journal as it was, which opens with that passphrase.
 */
test('"Replace" names what it replaces and keeps a safety backup that opens', async ({ cairn }, testInfo) => {
  test.skip(!cairn.harness, 'file dialogs are answered through the harness');
  const { page } = cairn;
  await addEntry(page, 'In the backup', 'One.');
  await addEntry(page, 'Also in the backup', 'Two.');

  await openSettings(page, 'Backups');
  const older = testInfo.outputPath('older.cairnbackup');
  cairn.harness!.nextSavePath = older;
  await page.getByLabel('Your passphrase (protects the backup too)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Export backup…' }).click();
  await expect(page.getByText(/^Backup saved to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
  await addEntry(page, 'Written after the backup', 'Would be lost without a copy.');

  await openSettings(page, 'Backups');
  cairn.harness!.nextOpenPath = older;
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Check backup' }).click();
  await expect(page.getByRole('row', { name: 'Journal entries' })).toHaveText(/Journal entries\s*2$/, { timeout: E2E_SLOW_STEP });
  await page.getByLabel('Replace: make the journal exactly what the backup holds').check();
  await page.getByRole('button', { name: 'Replace my journal…' }).click();

  // The confirmation names the count, and its button says what it does.
  const confirm = page.getByRole('button', { name: /^Replace \d+ records?$/ });
  // Pressed without the passphrase the safety copy needs: said on the field, and nothing is copied or replaced.
  await confirm.click();
  const reenter = page.getByLabel('Your Cairn passphrase');
  await expect(reenter).toHaveAccessibleDescription('Enter your Cairn passphrase.');
  expect(existsSync(path.join(cairn.vaultDir, 'Safety backups'))).toBe(false);
  expect(await axeProblems(page, '[data-settings="backups"]')).toEqual([]);
  const shown = Number(/Replace (\d+)/.exec((await confirm.textContent()) ?? '')![1]);
  await expect(page.getByText(`This replaces the ${shown} records in your journal`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('replace-confirm.png'), fullPage: true });
  await reenter.fill(PASSPHRASE);
  await confirm.click();
  await expect(page.getByText(/^Restored\. Your journal now holds .* Your journal as it was is saved in /)).toBeVisible({ timeout: E2E_RESTORE });

  // Stored: the safety backup holds every record the confirmation counted, the later entry included.
  const folder = path.join(cairn.vaultDir, 'Safety backups');
  const [copy] = readdirSync(folder);
  const saved = recordsIn(path.join(folder, copy!), PASSPHRASE)!;
  expect(saved.filter((r) => r.kind !== 'tombstone')).toHaveLength(shown);
  expect(saved.map((r) => r.title)).toContain('Written after the backup');

  // Seen and stored after a restart: the journal is what the backup held.
  await cairn.restart();
  await unlockToShell(cairn.page);
  await cairn.page.keyboard.press('Control+1');
  await expect(cairn.page.getByRole('article', { name: 'In the backup', exact: true })).toBeVisible();
  await expect(cairn.page.getByRole('article', { name: 'Written after the backup' })).toHaveCount(0);
  expect(foreignRequests(cairn)).toEqual([]);
});
