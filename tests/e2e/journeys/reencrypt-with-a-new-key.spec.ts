import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { KDF_BOUNDS } from '../../../electron/main/vault/header';
import { VaultService } from '../../../electron/main/vault/vault-service';
import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, openEntryEditor, PASSPHRASE, unlockToShell } from '../steps';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';
import { storedRecords } from './stored-records';

/*
 * Journey (issue 16 point 7): a person fears someone copied Cairn's files back
 * when they also knew the old passphrase. In Settings → Security they
 * re-encrypt everything with a new key, watch it work, keep the new recovery
 * key, and find their journal and their unsaved draft as they were — while the
 * copied key file with the old passphrase opens nothing of what is stored now.
 */
test.use({ vault: 'unlocked' });
// Production-cost Argon2id twice in the re-encryption, a restart and an unlock, on a busy machine.
test.describe.configure({ timeout: E2E_SLOW_TEST });

const rowsIn = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; env: Uint8Array }[]>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('rows', 'readonly').objectStore('rows').getAll();
          get.onsuccess = () => (open.result.close(), resolve(get.result as { id: string; env: Uint8Array }[]));
          get.onerror = () => reject(get.error);
        };
      }),
  );

test('re-encrypt everything with a new key after a copy may have leaked', async ({ cairn }) => {
  let { page } = cairn;
  await addEntry(page, 'Before the new key', 'Written under the old key.');
  // An unsaved draft, kept encrypted while typing.
  await openEntryEditor(page);
  await page.getByLabel('Title (optional)').fill('Half a thought');
  await page.getByLabel('Entry', { exact: true }).fill('Not saved yet, only drafted.');
  await expect(page.getByText(/^Draft kept, encrypted, at/)).toBeVisible({ timeout: E2E_SLOW_STEP });

  const copied = mkdtempSync(path.join(tmpdir(), 'cairn-old-key-file-'));
  copyFileSync(path.join(cairn.vaultDir, 'vault.json'), path.join(copied, 'vault.json'));
  const rowsBefore = await rowsIn(page);

  await page.keyboard.press('Control+Comma');
  const section = page.getByRole('form', { name: 'Re-encrypt everything with a new key' });
  await expect(section.getByText('the old recovery key stops working')).toBeVisible();
  const field = section.getByLabel('Passphrase to re-encrypt');
  await field.fill('not the passphrase at all');
  await section.getByRole('button', { name: 'Re-encrypt everything' }).click();
  await expect(section.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: E2E_SLOW_STEP });

  await field.fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Re-encrypt everything' }).click();
  // Progress is shown while it works.
  await expect(section.getByRole('status')).toContainText(/Checking your passphrase|Re-encrypting your journal|Switching to the new key/);
  const region = page.getByRole('region', { name: 'Your new recovery key' });
  const shown = region.getByLabel('New recovery key', { exact: true });
  await expect(shown).toBeVisible({ timeout: E2E_SLOW_STEP });
  const newKey = (await shown.textContent()) ?? '';
  expect(newKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  expect(newKey).not.toBe(cairn.recoveryKey);
  await expect(region.getByText('Your old recovery key no longer opens Cairn')).toBeVisible();
  await region.getByRole('checkbox', { name: 'I have saved my new recovery key somewhere safe' }).check();
  await region.getByRole('button', { name: 'Done' }).click();

  // Stored: every row replaced (new ids), and the same records still in them.
  const rowsAfter = await rowsIn(page);
  expect(rowsAfter).toHaveLength(rowsBefore.length);
  const oldIds = new Set(rowsBefore.map((r) => r.id));
  expect(rowsAfter.filter((r) => oldIds.has(r.id))).toEqual([]);
  const stored = await storedRecords(page);
  expect(stored.find((r) => r.kind === 'journal.entry' && r.title === 'Before the new key')).toBeTruthy();
  expect(stored.find((r) => r.kind === 'journal.draft')).toMatchObject({ body: 'Not saved yet, only drafted.' });

  // The copied key file still opens with the old passphrase — and opens none of the rows stored now.
  const oldVault = await VaultService.load({ dataDir: copied, kdf: { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin } });
  await oldVault.unlock(PASSPHRASE);
  const opened = oldVault.open(rowsAfter);
  expect(opened.segments).toEqual([]);
  expect(opened.failed).toHaveLength(rowsAfter.length);
  rmSync(copied, { recursive: true, force: true });

  // After a restart the passphrase opens the same journal, and the draft is back in the form.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'Before the new key' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await openEntryEditor(page);
  await expect(page.getByText('Your unsaved draft was kept and is back in the form.')).toBeVisible();
  await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('Not saved yet, only drafted.');
  expect(foreignRequests(cairn)).toEqual([]);
});

test('the old recovery key stops working after re-encrypting; the new one opens', async ({ cairn }) => {
  let { page } = cairn;
  await addEntry(page, 'Still here', 'After the new key.');
  await page.keyboard.press('Control+Comma');
  const section = page.getByRole('form', { name: 'Re-encrypt everything with a new key' });
  await section.getByLabel('Passphrase to re-encrypt').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Re-encrypt everything' }).click();
  const shown = page.getByRole('region', { name: 'Your new recovery key' }).getByLabel('New recovery key', { exact: true });
  await expect(shown).toBeVisible({ timeout: E2E_SLOW_STEP });
  const newKey = (await shown.textContent()) ?? '';

  await cairn.restart();
  page = cairn.page;
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  await page.getByLabel('Recovery key', { exact: true }).fill(cairn.recoveryKey!);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That recovery key did not open the vault.', { timeout: E2E_SLOW_STEP });
  await page.getByLabel('Recovery key', { exact: true }).fill(newKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  expect(foreignRequests(cairn)).toEqual([]);
});
