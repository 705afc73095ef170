/*
 * What only bundle mode can show: the built main bundle, on a fake `electron`,
 * behind the page. Its app:// handler serves the page, the built preload makes
 * window.cairn, and the test acts as the OS and the person: menu accelerators,
 * powerMonitor events, quitting. See docs/testing.md ("Modes").
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { BUNDLE_INVOKE } from '../../harness/bundle-preload';
import { channels } from '../../../src/shared/channels';
import type { CairnApi } from '../../../src/shared/contract';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { addEntry, openSettings, PASSPHRASE, unlockToShell } from '../steps';

test.use({ vault: 'unlocked' });

const status = (page: Page) => page.evaluate(() => (window as unknown as { cairn: CairnApi }).cairn['vault.status']({}));
const locked = (page: Page) => expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();

test('the page comes from main’s app:// handler with its CSP, and window.cairn from the built preload', async ({ cairn }) => {
  const { page } = cairn;
  const response = await page.reload();
  expect(await response?.headerValue('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  // Main still holds the vault unlocked, so the reloaded page goes straight to the shell.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  // Exactly one function per contract channel plus `on`, as electron/preload/index.ts exposes.
  expect(await page.evaluate(() => Object.keys((window as unknown as { cairn: object }).cairn).sort())).toEqual([...channels, 'on'].sort());
  // Answered by the handler main registered: the fake electron's app.getVersion, not the browser harness's services.
  expect(await page.evaluate(() => (window as unknown as { cairn: CairnApi }).cairn['app.info']({}))).toMatchObject({
    ok: true,
    value: { version: '0.0.0-smoke', dataLocation: cairn.vaultDir },
  });
  expect(foreignRequests(cairn)).toEqual([]);
});

test('Lock Cairn’s accelerator, registered by main’s menu, locks the page; Go → Insights reaches it as a menu command', async ({ cairn }) => {
  const bundle = cairn.bundle!;
  const { page } = cairn;
  await bundle.clickMenuItem('Go', 'Insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();

  // The key press goes to main's menu, not the page: main zeroes the key and tells the page.
  expect(await bundle.pressAccelerator('CmdOrCtrl+L')).toEqual([['File', 'Lock Cairn']]);
  await locked(page);
  expect(await status(page)).toMatchObject({ ok: true, value: { state: 'locked' } });
  expect(bundle.sent.map((s) => s.channel)).toEqual(['cairn-event:menu.command', 'cairn-event:vault.locked']);
  expect(bundle.sent[1]?.args).toEqual([{ reason: 'user' }]);
});

test('the OS suspending or locking the screen locks the vault', async ({ cairn }) => {
  const bundle = cairn.bundle!;
  const { page } = cairn;
  await bundle.emitPowerMonitor('suspend');
  await locked(page);
  expect(await status(page)).toMatchObject({ ok: true, value: { state: 'locked' } });

  await unlockToShell(page);
  await bundle.emitPowerMonitor('lock-screen');
  await locked(page);
  expect(bundle.sent.filter((s) => s.channel === 'cairn-event:vault.locked').map((s) => s.args)).toEqual([[{ reason: 'os' }], [{ reason: 'os' }]]);
});

test('a page from another origin gets the preload but main’s sender check refuses it, framed or not', async ({ cairn }) => {
  const { page } = cairn;
  expect(await status(page)).toMatchObject({ ok: true, value: { state: 'unlocked' } });

  // Suppose a foreign page ended up in a window with Cairn's preload (main's filters would stop it loading; this test serves it itself).
  const foreign = await page.context().newPage();
  await foreign.route('https://evil.invalid/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Not Cairn</title><iframe src="https://evil.invalid/inner"></iframe>' }),
  );
  await foreign.goto('https://evil.invalid/');
  expect(await status(foreign)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // Its subframe has no preload (as in Electron), but could still reach ipcRenderer in a compromised renderer.
  const inner = foreign.frames().find((f) => f.url() === 'https://evil.invalid/inner')!;
  expect(await inner.evaluate(() => (window as unknown as { cairn?: unknown }).cairn)).toBeUndefined();
  const fromInner = await inner.evaluate(
    (name) => (window as unknown as Record<string, (c: string, a: unknown[]) => Promise<unknown>>)[name]!('cairn:vault.status', [{}]),
    BUNDLE_INVOKE,
  );
  expect(fromInner).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // The vault was not touched, and the app page is still served.
  expect(await status(page)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
});

test('quitting writes the automatic backup with the newest entry, then locks, then main exits', async ({ cairn }, testInfo) => {
  test.setTimeout(E2E_SLOW_TEST);
  const bundle = cairn.bundle!;
  const { page } = cairn;
  await addEntry(page, 'Before turning backups on', 'First.');
  await openSettings(page, 'Backups');
  const folder = testInfo.outputPath('Synced folder');
  mkdirSync(folder, { recursive: true });
  bundle.nextFolderPath = folder;
  await page.getByLabel('Your passphrase (protects the automatic backups)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Choose folder and turn on…' }).click();
  await expect(page.getByText(/^On: encrypted backups go to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
  await addEntry(page, 'Written just before quitting', 'Last.');

  await bundle.quit();
  const newest = readdirSync(folder).filter((f) => f.endsWith('.cairnbackup')).sort().at(-1)!;
  const json = execFileSync(process.execPath, ['scripts/decrypt-backup.mjs', path.join(folder, newest)], {
    env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: PASSPHRASE },
  }).toString();
  const titles = (JSON.parse(json) as { records: { title?: string }[] }).records.map((r) => r.title);
  expect(titles).toEqual(expect.arrayContaining(['Before turning backups on', 'Written just before quitting']));
  expect(bundle.sent.at(-1)).toEqual({ channel: 'cairn-event:vault.locked', args: [{ reason: 'os' }] });
});
