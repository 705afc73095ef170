import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, foreignRequests, test } from './fixtures';
import { addEntry, createVault, openSettings, PASSPHRASE } from './steps';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../timeouts';

// Wiping the machine removes the browser's profile folder (ProfileStore in fixtures.ts); the tests that do not say 'memory'.
test.use({ profile: 'disk' });

/** Every record in a backup, decrypted by the standalone recovery script (no app code). */
function recordsIn(file: string, passphrase: string): { id: string }[] {
  const json = execFileSync(process.execPath, ['scripts/decrypt-backup.mjs', file], {
    env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: passphrase },
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return (JSON.parse(json) as { records: { id: string }[] }).records.sort((a, b) => a.id.localeCompare(b.id));
}

async function exportBackup(page: import('@playwright/test').Page, passphrase: string) {
  await openSettings(page, 'Backups');
  await page.getByLabel('Your passphrase (protects the backup too)').fill(passphrase);
  await page.getByRole('button', { name: 'Export backup…' }).click();
  await expect(page.getByText(/^Backup saved to .* records/)).toBeVisible({ timeout: E2E_SLOW_STEP });
}

test('export, wipe the machine, restore from the welcome screen: identical records', async ({ cairn }, testInfo) => {
  test.skip(!cairn.harness, 'file dialogs are answered through the harness');
  // Two vaults and eight Argon2 derivations (~0.6 s each, more on a busy machine).
  test.setTimeout(E2E_SLOW_TEST);
  let { page } = cairn;
  await createVault(page);
  await addEntry(page, 'Before the move', 'Written on the old computer.');
  await addEntry(page, 'Second thought', 'Also *Markdown* and <b>markup</b>.');

  const first = testInfo.outputPath('first.cairnbackup');
  cairn.harness!.nextSavePath = first;
  await exportBackup(page, PASSPHRASE);
  const original = recordsIn(first, PASSPHRASE);
  expect(original.length).toBeGreaterThanOrEqual(2);

  // A new computer: no profile, no vault.
  await cairn.quit();
  rmSync(cairn.profileDir, { recursive: true, force: true });
  rmSync(cairn.vaultDir, { recursive: true, force: true });
  mkdirSync(cairn.vaultDir);
  await cairn.restart();
  page = cairn.page;

  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  cairn.harness!.nextOpenPath = first;
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await page.getByLabel('Backup passphrase').fill('not the right one');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this backup.');
  await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('row', { name: 'Journal entries' })).toHaveText(/Journal entries\s*2$/, { timeout: E2E_SLOW_STEP });
  await page.screenshot({ path: testInfo.outputPath('restore-preview.png') });

  const fresh = 'granite orchard puzzle wren 61';
  await page.getByLabel('New passphrase', { exact: true }).fill(fresh);
  await page.getByLabel('Type it again').fill(fresh);
  await page.getByRole('button', { name: 'Create vault and restore' }).click();
  await page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe' }).check({ timeout: E2E_SLOW_STEP });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'Before the move' })).toBeVisible();

  // Deep equality: a backup of the restored journal holds exactly the same records.
  const second = testInfo.outputPath('second.cairnbackup');
  cairn.harness!.nextSavePath = second;
  await exportBackup(page, fresh);
  expect(recordsIn(second, fresh)).toEqual(original);
  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); backups still derive their key at the production cost (DEFAULT_KDF).
  // Reads no browser files: a context of the worker's Chromium, not a Chromium of its own (ProfileStore in fixtures.ts).
  test.use({ vault: 'unlocked', profile: 'memory' });

  test('verify refuses a damaged or foreign file with a clear message and changes nothing', async ({ cairn }, testInfo) => {
    test.skip(!cairn.harness, 'file dialogs are answered through the harness');
    const { page } = cairn;
    await addEntry(page, 'Keep me', 'Live data.');
    await openSettings(page, 'Backups');

    const foreign = testInfo.outputPath('notes.cairnbackup');
    writeFileSync(foreign, 'just some notes, not a backup');
    cairn.harness!.nextOpenPath = foreign;
    await page.getByRole('button', { name: 'Choose backup file…' }).click();
    await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check backup' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This file is not a Cairn backup.' })).toBeVisible();

    const good = testInfo.outputPath('good.cairnbackup');
    cairn.harness!.nextSavePath = good;
    await page.getByLabel('Your passphrase (protects the backup too)').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Export backup…' }).click();
    await expect(page.getByText(/^Backup saved to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
    const truncated = path.join(path.dirname(good), 'cut.cairnbackup');
    const bytes = (await import('node:fs')).readFileSync(good);
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    cairn.harness!.nextOpenPath = truncated;
    await page.getByRole('button', { name: 'Choose backup file…' }).click();
    await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check backup' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /incomplete|damaged/ })).toBeVisible();

    cairn.harness!.nextOpenPath = good;
    await page.getByRole('button', { name: 'Choose backup file…' }).click();
    await page.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check backup' }).click();
    await expect(page.getByText('good.cairnbackup is a complete, undamaged Cairn backup.')).toBeVisible({ timeout: E2E_SLOW_STEP });
    await page.screenshot({ path: testInfo.outputPath('verify.png'), fullPage: true });

    await page.keyboard.press('Control+1');
    await expect(page.getByRole('article', { name: 'Keep me' })).toBeVisible();
    expect(foreignRequests(cairn)).toEqual([]);
  });
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); backups still derive their key at the production cost (DEFAULT_KDF).
  // Reads no browser files: a context of the worker's Chromium, not a Chromium of its own (ProfileStore in fixtures.ts).
  test.use({ vault: 'unlocked', profile: 'memory' });

  test('automatic backups go to the chosen folder, and Settings shows the last one', async ({ cairn }, testInfo) => {
    test.skip(!cairn.harness, 'file dialogs are answered through the harness');
    const { page } = cairn;
    await addEntry(page, 'Backed up automatically', 'Daily.');
    await openSettings(page, 'Backups');

    const folder = testInfo.outputPath('Synced folder');
    mkdirSync(folder, { recursive: true });
    cairn.harness!.nextFolderPath = folder;
    await page.getByLabel('Your passphrase (protects the automatic backups)').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Choose folder and turn on…' }).click();
    await expect(page.getByText(/^On: encrypted backups go to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
    await expect(page.getByText(/Last backup:/)).toBeVisible();

    const files = (await import('node:fs')).readdirSync(folder).filter((f) => f.endsWith('.cairnbackup'));
    expect(files).toHaveLength(1);
    const records = recordsIn(path.join(folder, files[0]!), PASSPHRASE);
    expect(records.some((r) => (r as { title?: string }).title === 'Backed up automatically')).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('auto-backup.png'), fullPage: true });
    expect(foreignRequests(cairn)).toEqual([]);
  });
});

test.describe('from a vault made in Node', () => {
  // Not about creating a vault: start from one made in Node (fixtures.ts); backups still derive their key at the production cost (DEFAULT_KDF).
  // Reads no browser files: a context of the worker's Chromium, not a Chromium of its own (ProfileStore in fixtures.ts).
  test.use({ vault: 'unlocked', profile: 'memory' });

  test('a plain export needs an explicit confirmation and says it is not encrypted', async ({ cairn }, testInfo) => {
    test.skip(!cairn.harness, 'file dialogs are answered through the harness');
    const { page } = cairn;
    await addEntry(page, 'For my spreadsheet', 'Plain on purpose.');
    await openSettings(page, 'Backups');
    await expect(page.getByRole('button', { name: 'Export everything as JSON…' })).toBeDisabled();
    await page.getByLabel('I understand the exported file is not encrypted').check();
    const file = testInfo.outputPath('export.json');
    cairn.harness!.nextSavePath = file;
    await page.getByRole('button', { name: 'Export everything as JSON…' }).click();
    await expect(page.getByText(/This file is not encrypted\.$/)).toBeVisible();
    const exported = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')) as { records: { title?: string }[] };
    expect(exported.records.map((r) => r.title)).toContain('For my spreadsheet');
    expect(foreignRequests(cairn)).toEqual([]);
  });
});
