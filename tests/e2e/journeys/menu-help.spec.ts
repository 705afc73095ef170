import type { Page } from '@playwright/test';
import { shortcuts, shortcutText } from '../../../src/shared/shortcuts';
import { expect, test } from '../fixtures';
import { PASSPHRASE } from '../steps';
import { E2E_SLOW_STEP, E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// What main's menu does: send the contract's menu.command event to the page.
// In the browser harness events reach the page through the harness's emitter.
const chooseMenuItem = (page: Page, id: string) =>
  page.evaluate((commandId) => {
    const emit = (window as unknown as Record<string, (m: unknown) => void>).__cairnHarnessEmit;
    emit?.({ event: 'menu.command', payload: { id: commandId } });
  }, id);

test.setTimeout(E2E_SLOW_TEST);

test('Help → Keyboard shortcuts lists every shortcut; About shows the version and licences; Go and New Entry work from the menu', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 900, height: 650 });

  // Ctrl+/ from anywhere opens the list, generated from the one table.
  await page.keyboard.press('Control+/');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const s of shortcuts) {
    await expect(dialog.getByRole('row', { name: new RegExp(`^${s.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toContainText(shortcutText(s, false));
  }
  await page.screenshot({ path: testInfo.outputPath('shortcuts-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('shortcuts-dark.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await chooseMenuItem(page, 'help.about');
  const about = page.getByRole('dialog', { name: 'About Cairn' });
  await expect(about).toContainText('Version 0.0.0-harness');
  await expect(about.getByRole('listitem').filter({ hasText: 'libsodium-wrappers-sumo' })).toContainText('ISC');
  await page.screenshot({ path: testInfo.outputPath('about-dark.png') });
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();

  // Go → Insights, then File → New Entry puts the cursor in the journal's entry form.
  await chooseMenuItem(page, 'go.insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await chooseMenuItem(page, 'file.newEntry');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.locator('#entry-body')).toBeFocused();

  // Typing goes straight into the entry; it is stored and still there after a restart.
  await page.keyboard.type('Written straight after File, New Entry.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Written straight after File, New Entry.' })).toBeVisible();
  await cairn.restart();
  await cairn.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await cairn.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(cairn.page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await cairn.page.keyboard.press('Control+1');
  await expect(cairn.page.getByRole('article').filter({ hasText: 'Written straight after File, New Entry.' })).toBeVisible();
});
