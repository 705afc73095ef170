/**
 * Journey: searching the journal without the page jumping. A person with six
 * weeks of entries clicks into the journal's search and types; the first
 * letter shows "Clear search and filters". The timeline under the filters
 * stays where it was while they type, clear and type again: the button
 * shares the status line, which always has its height. Clearing puts them
 * back in the search field. What is stored is untouched by searching.
 */
import type { Page } from '@playwright/test';
import { expect, foreignRequests, test } from '../fixtures';
import { reloadAndUnlock, seedRecords } from '../seed';
import { sixWeeks } from './six-weeks';
import { storedOfKind } from './stored-records';
import { E2E_SLOW_TEST } from '../../timeouts';

test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/** Where the timeline's box starts, in CSS pixels from the top of the page. */
const timelineTop = async (page: Page) => (await page.getByRole('region', { name: 'Timeline, newest first' }).boundingBox())?.y ?? NaN;

test('typing in the journal search, clearing it and typing again never moves the timeline', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 900, height: 650 });
  await seedRecords(page, sixWeeks());
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+1');
  const entriesBefore = await storedOfKind(page, 'journal.entry');

  const box = page.getByLabel('Search entries and check-in notes');
  const clear = page.getByRole('button', { name: 'Clear search and filters' });
  await expect(page.getByRole('status').filter({ hasText: /entries and .* check-ins\./ })).toBeVisible();
  await expect(clear).toHaveCount(0);
  const top = await timelineTop(page);

  await box.click();
  await page.keyboard.type('f');
  await expect(clear).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Type two or more letters to search.' })).toBeVisible();
  expect(await timelineTop(page)).toBe(top);
  if (process.env.CAIRN_SHOTS) {
    await page.screenshot({ path: testInfo.outputPath('journal-first-letter-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('journal-first-letter-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  }

  await page.keyboard.type('ull');
  await expect(page.getByRole('status').filter({ hasText: /^Found / })).toBeVisible();
  expect(await timelineTop(page)).toBe(top);

  // Cleared by the button: the button goes, the whole timeline is back, and still nothing moved.
  await clear.click();
  await expect(clear).toHaveCount(0);
  await expect(box).toHaveValue('');
  // The button hid itself; focus is back in the search field, ready for the next search.
  await expect(box).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^\d[\d,]* entries and / })).toBeVisible();
  expect(await timelineTop(page)).toBe(top);

  // Typing straight on from there: the next search starts at once, and still nothing moves.
  await page.keyboard.type('fu');
  await expect(page.getByRole('status').filter({ hasText: /^Found / })).toBeVisible();
  await expect(clear).toBeVisible();
  expect(await timelineTop(page)).toBe(top);

  // Searching stores nothing.
  expect(await storedOfKind(page, 'journal.entry')).toEqual(entriesBefore);
  expect(foreignRequests(cairn)).toEqual([]);
});
