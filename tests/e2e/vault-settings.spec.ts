import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, foreignRequests, test } from './fixtures';
import { PASSPHRASE, unlock, unlockToShell } from './steps';
import { E2E_SLOW_STEP } from '../timeouts';

test('the recovery key can be saved to a file the user picks', async ({ cairn }) => {
  test.skip(!cairn.harness, 'the save dialog is answered through the harness');
  const { page } = cairn;
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const shown = (await page.getByLabel('Recovery key', { exact: true }).textContent({ timeout: E2E_SLOW_STEP })) ?? '';
  expect(shown).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/); // 52 key + 4 check characters

  // Cancelling the dialog saves nothing and says nothing alarming.
  cairn.harness!.nextSavePath = null;
  await page.getByRole('button', { name: 'Save to a file…' }).click();
  await expect(page.getByText(/Saved to/)).toHaveCount(0);

  const file = path.join(cairn.vaultDir, '..', 'my recovery key.txt');
  cairn.harness!.nextSavePath = file;
  await page.getByRole('button', { name: 'Save to a file…' }).click();
  await expect(page.getByText(`Saved to ${file}.`)).toBeVisible();
  expect(readFileSync(file, 'utf8')).toContain(shown);
  // Continue stays disabled until the user confirms they saved it.
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  expect(foreignRequests(cairn)).toEqual([]);
});

test('changing the passphrase in Settings: the new one opens, the old one does not', async ({ cairn }) => {
  const { page } = cairn;
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe' }).check({ timeout: E2E_SLOW_STEP });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await page.keyboard.press('Control+Comma');
  const next = 'copper lantern meadow drift 58';
  await page.getByLabel('Current passphrase').fill('wrong current passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Type it again').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'did not open' })).toBeVisible({ timeout: E2E_SLOW_STEP });

  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  // A new passphrase slot at the production Argon2id cost: slow on a busy machine (timed out at 15 s under load 16).
  await expect(page.getByText('Your passphrase was changed.')).toBeVisible({ timeout: E2E_SLOW_STEP });

  await page.keyboard.press('Control+L');
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: E2E_SLOW_STEP });
  await unlockToShell(page, next);
  expect(foreignRequests(cairn)).toEqual([]);
});
