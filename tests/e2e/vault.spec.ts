import { randomBytes } from 'node:crypto';
import type { CairnApi } from '../../src/shared/contract';
import { expect, foreignRequests, test } from './fixtures';
import { filesContaining } from './raw-bytes';
import { addEntry, createVault, PASSPHRASE, unlock, unlockToShell } from './steps';
import { E2E_SLOW_STEP } from '../timeouts';
import type { Page } from '@playwright/test';

const LOCK_AFTER = (page: Page) => page.getByRole('button', { name: /Lock after this long without activity$/ });

// The deleted-entries canary reads the files the browser wrote, and the first test restarts a real profile
// folder: a Chromium of their own (ProfileStore in fixtures.ts). Tests that read no browser files say 'memory'.
test.use({ profile: 'disk' });

test('create, lock by shortcut, refuse a wrong passphrase, unlock, and survive a restart', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await createVault(page);
  await addEntry(page, 'First session notes', 'Talked about sleep and the new dose.');

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
  // Nothing decrypted is left in the page once locked.
  await expect(page.getByText('First session notes')).toHaveCount(0);
  await expect(page.getByText(/local emergency number/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('locked.png') });

  await unlock(page, 'not my passphrase at all');
  // Production-cost Argon2id decides this (the vault's passphrase was set in the UI).
  await expect(page.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: E2E_SLOW_STEP });
  await unlockToShell(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'First session notes' })).toBeVisible();

  await cairn.restart();
  page = cairn.page;
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
  await unlockToShell(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'First session notes' })).toContainText('Talked about sleep');
  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); what is set or exported here still runs the production Argon2id cost.
  // Reads no browser files: a context of the worker's Chromium (ProfileStore in fixtures.ts), not a Chromium of its own.
  test.use({ vault: 'unlocked', profile: 'memory' });

  test('locks itself after the idle time chosen in Settings', async ({ cairn }) => {
    const { page } = cairn;
    await page.keyboard.press('Control+Comma');
    // The kit Select: a button named by its value and label, opening a list of choices.
    await LOCK_AFTER(page).click();
    await page.getByRole('option', { name: '1 minute', exact: true }).click();
    await expect(LOCK_AFTER(page)).toContainText('1 minute');
    await page.clock.install();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(LOCK_AFTER(page)).toHaveAccessibleName('1 minute Lock after this long without activity');

    await page.clock.fastForward('00:50');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.clock.fastForward('00:15');
    await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
    const status = await page.evaluate(() =>
      (window as unknown as { cairn: CairnApi }).cairn['vault.status']({}),
    );
    expect(status).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); what is set or exported here still runs the production Argon2id cost.
  test.use({ vault: 'unlocked', profile: 'memory' });

  test('the recovery key opens a vault whose passphrase is forgotten and asks for a new one', async ({ cairn }) => {
    const { page } = cairn;
    const recoveryKey = cairn.recoveryKey!;
    await addEntry(page, 'Before forgetting', 'Still here.');
    await page.keyboard.press('Control+L');

    await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
    const fresh = 'amber kettle north ladder 93';
    await page.getByLabel('New passphrase', { exact: true }).fill(fresh);
    await page.getByLabel('Type it again').fill(fresh);
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.keyboard.press('Control+1');
    await expect(page.getByRole('article', { name: 'Before forgetting' })).toBeVisible();

    await page.keyboard.press('Control+L');
    await unlock(page, PASSPHRASE);
    // Production-cost Argon2id decides this (the passphrase was reset at the product's cost).
    await expect(page.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: E2E_SLOW_STEP });
    await unlockToShell(page, fresh);
    await expect(page.getByRole('article', { name: 'Before forgetting' })).toBeVisible();
  });
});

test('a very weak passphrase is refused with a reason', async ({ cairn }) => {
  const { page } = cairn;
  await page.getByLabel('Choose a passphrase').fill('password1');
  await page.getByLabel('Type it again').fill('password1');
  await expect(page.getByText(/Very weak|Weak/)).toBeVisible();
  await expect(page.getByText(/at least 10 characters/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeDisabled();
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); what is set or exported here still runs the production Argon2id cost.
  test.use({ vault: 'unlocked' });

  test('canary: deleted entries leave no plaintext in the profile or the vault folder', async ({ cairn }) => {
    const { page } = cairn;
    const marker = `CANARY-${randomBytes(8).toString('hex')}`;
    await addEntry(page, `${marker} title`, `The body holds ${marker} too.`);
    await addEntry(page, 'Second', `Another ${marker} line.`);
    await page.getByRole('button', { name: `Delete ${marker} title` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Second' }).click();
    await expect(page.getByText('No entries yet.')).toBeVisible();
    await page.keyboard.press('Control+L');
    await cairn.quit();

    expect(filesContaining(cairn.profileDir, marker)).toEqual([]);
    expect(filesContaining(cairn.vaultDir, marker)).toEqual([]);
    // The scan can see: the vault folder does hold the header it wrote.
    expect(filesContaining(cairn.vaultDir, 'argon2id').length + filesContaining(cairn.vaultDir, 'kdf').length).toBeGreaterThan(0);
  });
});
