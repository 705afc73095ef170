import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, PASSPHRASE } from '../steps';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

/*
 * Journey: a person fears someone saw their recovery key. They make a new one
 * in Settings → Security, save it, and from then on only the new key opens
 * Cairn — after a restart too — while their journal stays as it was.
 */
// Several Argon2 runs and a restart: generous on a busy machine (the fixture's start counts too).
test.describe.configure({ timeout: E2E_SLOW_TEST });

test('replace a recovery key someone may have seen', async ({ cairn }) => {
  let { page } = cairn;
  const oldKey = cairn.recoveryKey!;
  await addEntry(page, 'Kept safe', 'Nothing here may be lost.');
  const headerBefore = JSON.parse(readFileSync(path.join(cairn.vaultDir, 'vault.json'), 'utf8'));

  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Security' })).toBeVisible();
  const passphraseField = page.getByLabel('Your passphrase', { exact: true });
  await passphraseField.fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase did not open the vault.' })).toBeVisible({ timeout: E2E_SLOW_STEP });

  await passphraseField.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make a new recovery key' }).click();
  const region = page.getByRole('region', { name: 'Your new recovery key' });
  const shown = region.getByLabel('New recovery key', { exact: true });
  await expect(shown).toBeVisible({ timeout: E2E_SLOW_STEP });
  const newKey = (await shown.textContent()) ?? '';
  expect(newKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  expect(newKey).not.toBe(oldKey);
  await expect(page.getByText('Your old recovery key no longer opens Cairn.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I have saved my new recovery key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(region).toHaveCount(0);

  // Stored: only the recovery slot changed on disk; the passphrase slot is as it was.
  const headerAfter = JSON.parse(readFileSync(path.join(cairn.vaultDir, 'vault.json'), 'utf8'));
  expect(headerAfter.passphrase).toEqual(headerBefore.passphrase);
  expect(headerAfter.recovery).not.toEqual(headerBefore.recovery);

  // After a restart the old key is refused and the new one opens the same journal.
  await cairn.restart();
  page = cairn.page;
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  await page.getByLabel('Recovery key', { exact: true }).fill(oldKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That recovery key did not open the vault.', { timeout: E2E_SLOW_STEP });
  await page.getByLabel('Recovery key', { exact: true }).fill(newKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const fresh = 'saffron window harbour kite 31';
  await page.getByLabel('New passphrase', { exact: true }).fill(fresh);
  await page.getByLabel('Type it again').fill(fresh);
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'Kept safe' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  expect(foreignRequests(cairn)).toEqual([]);
});
