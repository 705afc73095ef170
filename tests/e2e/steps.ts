import type { Page } from '@playwright/test';
import { E2E_SLOW_STEP } from '../timeouts';
import { expect, FIXTURE_PASSPHRASE } from './fixtures';

/** The passphrase specs type, and the one of the vault the fixture makes for `vault: 'locked' | 'unlocked'`. */
export const PASSPHRASE = FIXTURE_PASSPHRASE;

/** Creates a vault from the welcome screen and returns the recovery key shown once. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByLabel('Choose a passphrase').fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent()) ?? '';
  // A plain check(): the kit's tick boxes spread their hidden input over the whole label (ui/forms.css), so the click lands on it.
  await page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  return recoveryKey;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Unlocks and waits until the journal is loaded and the app shell shows. */
export async function unlockToShell(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await unlock(page, passphrase);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: E2E_SLOW_STEP });
}

/** Opens the journal's entry editor (a dialog over the timeline), unless it is open already. */
export async function openEntryEditor(page: Page): Promise<void> {
  const editor = page.getByRole('dialog', { name: /^(New|Edit) entry$/ });
  // A dialog still closing (just saved) is not one to type into: wait for it to go first.
  await page.locator('.ui-overlay[data-exiting]').waitFor({ state: 'detached' });
  if (await editor.isVisible()) return;
  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: /^(New entry|Continue writing)$/ }).click();
  await expect(editor).toBeVisible();
}

/** Writes and saves one entry; fields set before (tags, mood) in an open editor are kept. */
export async function addEntry(page: Page, title: string, body: string): Promise<void> {
  await openEntryEditor(page);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Entry', { exact: true }).fill(body);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('dialog', { name: 'New entry' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: title })).toBeVisible();
}

/** Opens Settings by its shortcut, then one of its pages from the page list (Settings is split into pages, issue 17). */
export async function openSettings(page: Page, name: 'Security' | 'Backups' | 'Reminders' | 'Appearance' | 'Data'): Promise<void> {
  await page.keyboard.press('Control+Comma');
  await page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}
