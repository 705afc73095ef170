import type { Locator, Page, TestInfo } from '@playwright/test';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { openSummary, pdfText, savePdf } from './pdf';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
// Many screens and a PDF on a 2-core machine shared with other builds: a generous limit, no fixed waits.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 20, point 1. A person adds three measures of their own in Settings →
 * Measures: "brain zaps" (0–10, "none" to "constant"), "exercised" (yes or
 * no) and "minutes outside" (a number in minutes). The check-in asks them;
 * the check-in card, the journal search, Insights and the printed summary
 * (only the two ticked for it) show them. Removing "brain zaps" takes it out
 * of the check-in, and its past value still shows, marked "removed".
 */

async function shots(page: Page, testInfo: TestInfo, name: string, show?: Locator) {
  await page.setViewportSize({ width: 900, height: 650 });
  await show?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function addMeasure(page: Page, name: string, kind: string, fill: Record<string, string>, inSummary: boolean) {
  const form = page.getByRole('form', { name: 'Add a measure' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: kind }).check();
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  if (inSummary) await form.getByRole('checkbox', { name: 'Show in the appointment summary' }).check();
  await form.getByRole('button', { name: 'Add measure' }).click();
  await expect(page.getByRole('list', { name: 'Your measures' }).getByText(name, { exact: true })).toBeVisible();
}

test('own measures: added, asked, found, charted, printed, and removed without losing their past', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.evaluate(() => (window.location.hash = '#/settings/measures'));
  await expect(page.getByRole('heading', { level: 2, name: 'Measures' })).toBeVisible();
  await expect(page.getByText('No measures of your own yet.')).toBeVisible();
  // A name is needed, and said under the field.
  await page.getByRole('form', { name: 'Add a measure' }).getByRole('button', { name: 'Add measure' }).click();
  await expect(page.getByText('Give the measure a name.')).toBeVisible();

  await addMeasure(page, 'brain zaps', 'Rating 0–10', { 'Word for 0': 'none', 'Word for 10': 'constant' }, true);
  await addMeasure(page, 'exercised', 'Yes or no', {}, true);
  await addMeasure(page, 'minutes outside', 'Number', { 'Unit (optional)': 'minutes', 'Highest (optional)': '600' }, false);
  const list = page.getByRole('list', { name: 'Your measures' });
  await expect(list.getByRole('listitem')).toHaveText([/brain zaps.*0–10, none to constant · in the summary/, /exercised.*yes or no · in the summary/, /minutes outside.*number, in minutes/]);
  // "Check in twice a day" is there, and off.
  await expect(page.getByRole('checkbox', { name: 'Check in twice a day' })).not.toBeChecked();
  await shots(page, testInfo, 'measures-settings');

  const measures = await storedOfKind(page, 'journal.measure');
  const idOf = (name: string) => measures.find((m) => m.name === name)!.id;
  expect(measures.map(({ name, type, lowWord, highWord, unit, max, inSummary }) => ({ name, type, lowWord, highWord, unit, max, inSummary }))).toEqual(
    expect.arrayContaining([
      { name: 'brain zaps', type: 'rating', lowWord: 'none', highWord: 'constant', unit: undefined, max: undefined, inSummary: true },
      { name: 'exercised', type: 'yesno', lowWord: undefined, highWord: undefined, unit: undefined, max: undefined, inSummary: true },
      { name: 'minutes outside', type: 'number', lowWord: undefined, highWord: undefined, unit: 'minutes', max: 600, inSummary: false },
    ]),
  );

  // The check-in asks them: a 0–10 scale with the person's own end words, yes or no, a number with its unit.
  await page.evaluate(() => (window.location.hash = '#/journal?checkin=today'));
  const dialog = page.getByRole('dialog');
  const own = dialog.getByRole('group', { name: 'Your own measures' });
  const zaps = own.getByRole('radiogroup', { name: /^brain zaps/ });
  await expect(zaps).toContainText('none');
  await expect(zaps).toContainText('constant');
  await zaps.getByRole('radio').first().focus();
  await page.keyboard.press('3');
  await expect(zaps.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await own.getByRole('radiogroup', { name: 'exercised' }).getByRole('radio', { name: 'Yes' }).check();
  // A number out of its range is refused with the measure's name, and nothing is lost.
  const minutes = own.getByLabel('minutes outside (minutes)');
  await minutes.fill('900');
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog.getByText('minutes outside is a number from 0 to 600.')).toBeVisible();
  await expect(zaps.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await minutes.fill('40');
  await shots(page, testInfo, 'checkin-own-measures', own);
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toHaveCount(0);

  const [stored] = await storedOfKind(page, 'journal.checkin');
  expect(stored).toMatchObject({ id: `checkin-${day(0)}`, date: day(0), custom: { [idOf('brain zaps')]: 3, [idOf('exercised')]: true, [idOf('minutes outside')]: 40 } });
  expect(stored?.part).toBeUndefined();

  // The card shows them, and the journal search finds the check-in by a measure's name.
  const card = page.getByRole('article', { name: /^Check-in, / });
  await expect(card).toContainText('brain zaps3/10');
  await expect(card).toContainText('exercisedyes');
  await expect(card).toContainText('minutes outside40 minutes');
  await page.getByLabel('Search entries and check-in notes').fill('zaps');
  await expect(page.getByRole('article', { name: /^Check-in, / })).toHaveCount(1);
  await expect(card.locator('mark')).toHaveText('zaps');
  await page.getByLabel('Search entries and check-in notes').fill('outside');
  await expect(page.getByRole('article', { name: /^Check-in, / })).toHaveCount(1);

  // Insights: a chart for each, yes/no as the share of days.
  await page.keyboard.press('Control+5');
  await page.getByRole('tab', { name: 'Your measures' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('region', { name: 'brain zaps' })).toContainText('brain zaps averaged 3 out of 10 on 1 day.');
  await expect(panel.getByRole('region', { name: 'exercised' })).toContainText('exercised: yes on 1 of 1 day answered (100%).');
  await expect(panel.getByRole('region', { name: 'minutes outside' })).toContainText('minutes outside averaged 40 minutes on 1 day.');
  await panel.getByRole('region', { name: 'exercised' }).getByRole('button', { name: 'Show data table' }).click();
  await expect(panel.getByRole('region', { name: 'exercised' }).getByRole('grid')).toContainText('100');
  await shots(page, testInfo, 'insights-own-measures');
  expect(await axeProblems(page, '[data-page="insights"]')).toEqual([]);

  // The summary prints the two ticked measures, not the third.
  await openSummary(page);
  const preview = page.getByRole('article', { name: /^Summary preview/ });
  await expect(preview.getByRole('region', { name: 'Own measures' })).toContainText('brain zaps (0–10)');
  await expect(preview.getByRole('region', { name: 'Own measures' })).not.toContainText('minutes outside');
  const pdf = testInfo.outputPath('own-measures.pdf');
  await savePdf(cairn, pdf);
  const text = pdfText(pdf, undefined, 'raw').replace(/\s+/g, ' ');
  expect(text).toContain('Own measures');
  expect(text).toMatch(/brain zaps \(0–10\) 3 1 days/);
  expect(text).toMatch(/exercised \(yes or no\) yes 1 of 1 days \(100%\)/);
  expect(text).not.toContain('minutes outside');

  // Removing "brain zaps": it leaves the check-in; its past value stays and still shows.
  await page.evaluate(() => (window.location.hash = '#/settings/measures'));
  await page.getByRole('button', { name: 'Remove brain zaps' }).click();
  await expect(page.getByRole('list', { name: 'Removed measures' })).toContainText('brain zaps');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect.poll(async () => (await storedOfKind(page, 'journal.measure')).find((m) => m.name === 'brain zaps')?.archivedAt).toBeTruthy();
  expect((await storedOfKind(page, 'journal.checkin'))[0]?.custom?.[idOf('brain zaps')]).toBe(3);
  expect(await axeProblems(page, '[data-settings="measures"]')).toEqual([]);
  await shots(page, testInfo, 'measures-removed', page.getByRole('list', { name: 'Removed measures' }));

  await page.evaluate(() => (window.location.hash = '#/journal'));
  await expect(page.getByRole('article', { name: /^Check-in, / })).toContainText('brain zaps (removed)3/10');
  await page.evaluate(() => (window.location.hash = '#/journal?checkin=today'));
  await expect(dialog.getByRole('group', { name: 'Your own measures' }).getByRole('radiogroup', { name: 'exercised' })).toBeVisible();
  await expect(dialog.getByRole('radiogroup', { name: /^brain zaps/ })).toHaveCount(0);
  // Saving the day again keeps the removed measure's value.
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await storedOfKind(page, 'journal.checkin'))[0]?.custom?.[idOf('brain zaps')]).toBe(3);
  await page.keyboard.press('Control+5');
  await page.getByRole('tab', { name: 'Your measures' }).click();
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'brain zaps (removed)' })).toBeVisible();

  expect(foreignRequests(cairn)).toEqual([]);
});

test('twice a day: a morning and an evening check-in, averaged for the day', async ({ cairn }) => {
  const { page } = cairn;
  await page.evaluate(() => (window.location.hash = '#/settings/measures'));
  const twice = page.getByRole('checkbox', { name: 'Check in twice a day' });
  await twice.click();
  await expect(twice).toBeChecked();
  await expect.poll(async () => (await storedOfKind(page, 'settings'))[0]?.checkinTwiceADay).toBe(true);

  for (const [part, mood] of [['morning', '4'], ['evening', '8']] as const) {
    await page.evaluate((p) => (window.location.hash = `#/journal?checkin=${p}`), `${day(0)}-${part}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: new RegExp(`^${part === 'morning' ? 'Morning' : 'Evening'} check-in for`) })).toBeVisible();
    await dialog.getByRole('radiogroup', { name: /^Mood/ }).getByRole('radio').first().focus();
    await page.keyboard.press(mood);
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await expect(dialog).toHaveCount(0);
  }
  const stored = await storedOfKind(page, 'journal.checkin');
  expect(stored.map((c) => [c.id, c.part, c.mood]).sort()).toEqual([
    [`checkin-${day(0)}-evening`, 'evening', 8],
    [`checkin-${day(0)}-morning`, 'morning', 4],
  ]);
  await page.evaluate(() => (window.location.hash = '#/journal'));
  await expect(page.getByRole('article', { name: /^Morning check-in, / })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Evening check-in, / })).toBeVisible();
  // Insights counts the day once, at the average of 4 and 8.
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('tabpanel')).toContainText('mood averaged 6 out of 10 on 1 day');
  expect(foreignRequests(cairn)).toEqual([]);
});
