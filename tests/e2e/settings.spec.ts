import type { Locator, Page } from '@playwright/test';
import { expect, foreignRequests, test } from './fixtures';
import { unlockToShell } from './steps';

test.use({ vault: 'unlocked' });

const PAGES = ['Security', 'Backups', 'Reminders', 'Measures', 'Appearance', 'Data'];

/** The page background the tokens resolve to, as the person sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Clicks a segment as a person does (react-aria keeps the radio itself visually hidden under its label). */
const choose = (group: Locator, name: string) => group.locator('label', { hasText: new RegExp(`^${name}$`) }).click();
const LIGHT_BG = 'rgb(246, 244, 239)';
const DARK_BG = 'rgb(20, 22, 25)';

test('Settings is a list of pages, each with its own address, reached by keyboard alone', async ({ cairn }) => {
  const { page } = cairn;
  await page.keyboard.press('Control+Comma');
  const list = page.getByRole('navigation', { name: 'Settings pages' });
  await expect(list.getByRole('link')).toHaveText(PAGES);
  // /settings opens the first page.
  await expect(list.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: /Lock after this long without activity$/ })).toBeVisible();
  // Only the chosen page shows: no backup form on Security.
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toHaveCount(0);

  for (const name of PAGES.slice(1)) {
    await list.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(list.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`#/settings/${name.toLowerCase()}$`));
  }
  // What moved here on purpose: the dose reminders and refill warning (from Medications), the import (Data).
  await list.getByRole('link', { name: 'Reminders' }).click();
  await expect(page.getByLabel('Desktop reminders at dose times')).toBeVisible();
  await expect(page.getByLabel('Warn on Today this many days before a supply runs out')).toBeVisible();
  // A page of two sections keeps both beside the page list, not the second one under it (the window is 1280 wide).
  const listBox = (await list.boundingBox())!;
  for (const name of ['Reminders', 'Other reminders']) {
    const heading = (await page.getByRole('heading', { name, exact: true }).boundingBox())!;
    expect(heading.x, name).toBeGreaterThan(listBox.x + listBox.width);
  }
  await list.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('button', { name: 'Import from another app or a CSV file…' })).toBeVisible();
  // The sidebar still marks Settings as the current section on a sub-page.
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Settings/ })).toHaveAttribute('aria-current', 'page');
  expect(foreignRequests(cairn)).toEqual([]);
});

test('Appearance: dark and light override the system, are stored, and stay after locking and a restart', async ({ cairn }) => {
  const { page } = cairn;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Control+Comma');
  await page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name: 'Appearance' }).click();
  const colours = page.getByRole('radiogroup', { name: 'Colours' });
  await expect(colours.getByRole('radio', { name: 'Same as this computer' })).toBeChecked();
  expect(await background(page)).toBe(LIGHT_BG);

  await choose(colours, 'Dark');
  await expect.poll(() => background(page)).toBe(DARK_BG);

  // The lock screen keeps the choice, and so does a restart (before the vault opens).
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
  expect(await background(page)).toBe(DARK_BG);
  await cairn.restart();
  await cairn.page.emulateMedia({ colorScheme: 'light' });
  await expect(cairn.page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  expect(await background(cairn.page)).toBe(DARK_BG);
  await unlockToShell(cairn.page);
  await cairn.page.keyboard.press('Control+Comma');
  await cairn.page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name: 'Appearance' }).click();
  const again = cairn.page.getByRole('radiogroup', { name: 'Colours' });
  await expect(again.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Light wins over a dark system; "Same as this computer" follows it again.
  await cairn.page.emulateMedia({ colorScheme: 'dark' });
  await choose(again, 'Light');
  await expect.poll(() => background(cairn.page)).toBe(LIGHT_BG);
  await choose(again, 'Same as this computer');
  await expect.poll(() => background(cairn.page)).toBe(DARK_BG);
  await cairn.page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(cairn.page)).toBe(LIGHT_BG);
  expect(foreignRequests(cairn)).toEqual([]);
});
