/**
 * The screens the kit migration of the safety path, vault and Security settings
 * changed (issue 17), in light, dark and a small window, with the states
 * screens.spec.ts does not reach: the safety screen, the plan form refusing a
 * contact, the lock screen refusing a passphrase, the lock time list open, the
 * help dialogs and a new recovery key. PNGs go to screens/<variant>/kitsafe-*.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { PASSPHRASE } from '../e2e/steps';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens');
const VARIANTS = [
  { name: 'light', scheme: 'light', size: { width: 1280, height: 800 } },
  { name: 'dark', scheme: 'dark', size: { width: 1280, height: 800 } },
  { name: 'small', scheme: 'light', size: { width: 900, height: 650 } },
] as const;

for (const variant of VARIANTS) {
  test(`kitsafe screens, ${variant.name}`, async ({ cairn }) => {
    const { page } = cairn;
    await page.setViewportSize(variant.size);
    await page.emulateMedia({ colorScheme: variant.scheme });
    let n = 0;
    const shoot = async (name: string, fullPage = false) => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: path.join(OUT, variant.name, `kitsafe-${String(n++).padStart(2, '0')}-${name}.png`), fullPage, animations: 'disabled' });
    };
    const press = async (p: Page, keys: string) => p.keyboard.press(keys);

    // The safety screen before a plan exists.
    await page.getByRole('button', { name: /I.m struggling/ }).click();
    const safety = page.getByRole('dialog', { name: 'Your safety plan' });
    await expect(safety).toBeVisible();
    await shoot('safety-screen-no-plan');

    // The plan form refusing a contact with no name.
    await safety.getByRole('button', { name: 'Write my safety plan' }).click();
    await page.getByRole('textbox', { name: '1. Warning signs' }).fill('Not sleeping; pulling away from friends');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Phone').fill('07700 900123');
    await page.getByRole('button', { name: 'Save safety plan' }).click();
    await expect(page.getByText('Give each contact a name.')).toBeVisible();
    await page.getByRole('group', { name: 'Person 1' }).scrollIntoViewIfNeeded();
    await shoot('safety-plan-form-refused');
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Alex (sister)');
    await page.getByRole('button', { name: 'Save safety plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your safety plan is saved.' })).toBeVisible();

    // The safety screen with the plan.
    await page.getByRole('button', { name: /I.m struggling/ }).click();
    await expect(safety).toBeVisible();
    await shoot('safety-screen-with-plan');
    await safety.getByRole('button', { name: 'Back to Cairn' }).click();

    // Security: the lock time list open, then a new recovery key shown.
    await press(page, 'Control+Comma');
    await page.getByRole('button', { name: /Lock after this long without activity$/ }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await shoot('security-lock-time-open');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect(page.getByText('Type your passphrase.')).toBeVisible();
    await shoot('security-empty-passphrase', true);
    await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect(page.getByRole('region', { name: 'Your new recovery key' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('region', { name: 'Your new recovery key' }).scrollIntoViewIfNeeded();
    await shoot('security-new-recovery-key');
    await page.getByRole('checkbox', { name: 'I have saved my new recovery key somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done' }).click();

    // The help dialogs.
    await press(page, 'Control+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await shoot('shortcuts-dialog');
    await page.keyboard.press('Escape');

    // The lock screen refusing a passphrase, then the recovery key way in.
    await press(page, 'Control+L');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('Type your passphrase.')).toBeVisible();
    await shoot('lock-empty');
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase did not open the vault.', { timeout: 60_000 });
    await shoot('lock-refused');
    await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
    await shoot('lock-recovery-key');
  });
}
