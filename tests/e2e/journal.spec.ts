import { axeScan } from './axe';
import type { Page } from '@playwright/test';
import { longDay, shiftDay } from '../../src/shared/journal/days';
import { localDay } from '../../src/shared/local-date';
import { expect, foreignRequests, test } from './fixtures';
import { filesContaining } from './raw-bytes';
import { addEntry, openEntryEditor, unlockToShell } from './steps';
import { chooseOption } from './kit-select';
import { fillDate, whenField } from './dates';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

const today = () => localDay(new Date());

/** No serious or critical accessibility problems in what the page shows now. */
async function expectAccessible(page: Page) {
  const results = await axeScan(page);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the check-in from anywhere and sets one day's values, keyboard only: a digit per scale, Tab to the next. */
async function typeCheckin(page: Page, values: string[]) {
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Mood' }).locator('input:focus')).toHaveCount(1);
  for (const [i, value] of values.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}
const scale = (page: Page, name: string) => page.getByRole('radiogroup', { name });

test('a daily check-in by keyboard alone, from any page, edited not duplicated', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await expect(page.getByText('No check-in yet today.')).toBeVisible();

  // Mood, anxiety, energy, irritability, sleep hours (impossible at first), sleep quality.
  await typeCheckin(page, ['6', '3', '7', '2', '30', '4']);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'work stress' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Sleep is a number of hours from 0 to 24; a day has only 24.');
  await expect(page.getByLabel('Sleep (hours)')).toBeFocused();
  await expect(page.getByLabel('Sleep (hours)')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('checkin-error-light.png') });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7.5');
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('checkin-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('checkin-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved' })).toBeVisible();
  const card = page.getByRole('article', { name: `Check-in, ${longDay(today())}` });
  await expect(card).toContainText('Mood6/10');
  await expect(card).toContainText('Sleep7.5 h');
  await expect(card).toContainText('Triggers: work stress');

  // The shortcut again opens the same day's check-in for editing: one per day.
  await page.keyboard.press('Control+2');
  await typeCheckin(page, ['8']);
  await expect(page.getByRole('dialog')).toContainText('You checked in on this day already');
  await expect(scale(page, 'Anxiety').getByRole('radio', { name: '3' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Check-in,/ })).toHaveCount(1);
  await expect(card).toContainText('Mood8/10');

  // A day in the future is refused with a reason, and nothing is saved.
  await page.getByRole('button', { name: /Daily check-in/ }).click();
  await fillDate(whenField(page, 'Day'), shiftDay(today(), 1));
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('That date is in the future. Choose today or an earlier day.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('article', { name: /^Check-in,/ })).toHaveCount(1);

  // Deleting a check-in can be undone.
  await page.getByRole('button', { name: `Delete check-in of ${longDay(today())}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in deleted.' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toContainText('Mood8/10');

  expect(foreignRequests(cairn)).toEqual([]);
});

test('entries: Markdown shown safely, search, tag filter, edit, delete and undo', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.keyboard.press('Control+1');

  // The editor opens over the timeline; an empty entry is refused with a message on the body, where the cursor goes.
  await openEntryEditor(page);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Write something before saving.' })).toBeVisible();
  await expect(page.getByLabel('Entry', { exact: true })).toBeFocused();
  // A mood that is not a number is named on its own field (the schema's message through the zod resolver).
  await page.getByLabel('Mood at the time (optional)').fill('lots');
  await page.getByLabel('Entry', { exact: true }).fill('x');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mood at the time is a number from 0 to 10.' })).toBeVisible();
  await expect(page.getByLabel('Mood at the time (optional)')).toBeFocused();

  await page.getByLabel('Tags (comma-separated)').fill('outdoors, family');
  await page.getByLabel('Mood at the time (optional)').fill('7');
  // The kit's tick box: its whole label is the target.
  await page.getByText('Share with my provider', { exact: true }).click();
  await expect(page.getByLabel('Share with my provider')).toBeChecked();
  await addEntry(
    page,
    'Harbour walk',
    '# Walked\n\nWent to the **harbour** with _Sam_.\n\n<img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n[a site](https://example.com/track)',
  );
  await openEntryEditor(page);
  await page.getByLabel('Tags (comma-separated)').fill('work');
  await addEntry(page, 'Work day', 'Long meeting about budgets.');
  await openEntryEditor(page);
  await page.getByLabel('Tags (comma-separated)').fill('outdoors');
  await addEntry(page, 'Evening', 'Read by the harbour lights.');

  const walk = page.getByRole('article', { name: 'Harbour walk' });
  await expect(walk).toContainText('<img src=x onerror=alert(1)>');
  await expect(walk).toContainText('<script>alert(2)</script>');
  await expect(walk.locator('strong')).toHaveText('harbour');
  await expect(walk.locator('em')).toHaveText('Sam');
  await expect(walk.locator('img, script, iframe')).toHaveCount(0);
  await expect(walk.getByRole('link')).toHaveCount(0);
  await expect(walk).toContainText('a site (https://example.com/track)');
  await expect(walk).toContainText('Mood 7/10');
  await expect(walk).toContainText('Shared with provider');
  // No element was created, so no handler exists to fire later: the injected image was never even requested.
  expect(await page.evaluate(() => document.querySelectorAll('main img, main script').length)).toBe(0);
  expect(cairn.requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('timeline-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('timeline-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // Search by a word in the body, as you type; matches are marked.
  const search = page.getByLabel('Search entries and check-in notes');
  await search.pressSequentially('budg');
  await expect(page.getByRole('article', { name: 'Work day' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Work day' }).locator('mark')).toHaveText('budgets');
  await expect(walk).toHaveCount(0);
  await search.fill('harbour');
  await expect(walk).toBeVisible();
  await expect(page.getByRole('article', { name: 'Evening' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Work day' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Found 2 entries' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('search-light.png'), fullPage: true });
  await search.fill('nothing-like-this');
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  await search.fill('');

  // The tag filter narrows.
  await chooseOption(page, 'Tag', 'outdoors');
  await expect(page.getByRole('article')).toHaveCount(2);
  await chooseOption(page, 'Tag', 'family');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(walk).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('article')).toHaveCount(3);

  // The date range filters too, and an impossible range says so.
  await fillDate(whenField(page, 'To'), shiftDay(today(), -1));
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  await fillDate(whenField(page, 'From'), today());
  await expect(page.getByRole('alert').filter({ hasText: 'The start date is after the end date.' })).toBeVisible();
  await fillDate(whenField(page, 'To'), today());
  await expect(page.getByRole('article')).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear search and filters' }).click();

  // Delete, then Undo restores it.
  await page.getByRole('button', { name: 'Delete Work day' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Work day' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: 'Work day' })).toContainText('Long meeting about budgets.');

  // Edit keeps the entry (no copy).
  await page.getByRole('button', { name: 'Edit Evening' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
  await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('Read by the harbour lights.');
  await page.getByLabel('Title (optional)').fill('Quiet evening');
  await page.getByLabel('Entry', { exact: true }).press('Control+Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Quiet evening' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  // An edit closed untouched with Escape leaves no draft behind: the next New entry is blank.
  await page.getByRole('button', { name: 'Edit Quiet evening' }).click();
  // Escape once the editor shows, as a person would: pressed before it opens (a loaded machine), it closes nothing and the edit opens after.
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openEntryEditor(page);
  await expect(page.getByRole('dialog', { name: 'New entry' })).toBeVisible();
  await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('');
  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('the draft canary', () => {
  // It reads the files the browser wrote: a Chromium of its own on a profile folder (ProfileStore in fixtures.ts);
  // the other tests here read no browser files and get a context of the worker's Chromium.
  test.use({ profile: 'disk' });

  test('a draft typed before a lock is kept encrypted and is back after unlock', async ({ cairn }) => {
    let { page } = cairn;
    const marker = `DRAFT-${Date.now().toString(36)}`;
    await openEntryEditor(page);
    await page.getByLabel('Title (optional)').fill('Unfinished');
    await page.getByLabel('Entry', { exact: true }).fill(`Half a thought about ${marker}`);
    // Lock at once: well within the one-second autosave delay, so the lock itself must flush.
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
    await expect(page.getByText(marker)).toHaveCount(0);

    await unlockToShell(page);
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue(`Half a thought about ${marker}`);
    await expect(page.getByLabel('Title (optional)')).toHaveValue('Unfinished');
    await expect(page.getByText('Your unsaved draft was kept')).toBeVisible();

    // It survives the app closing too, and nothing of it is on disk in clear.
    await cairn.restart();
    page = cairn.page;
    expect(filesContaining(cairn.profileDir, marker)).toEqual([]);
    expect(filesContaining(cairn.vaultDir, marker)).toEqual([]);
    await unlockToShell(page);
    await page.keyboard.press('Control+1');
    // Closed, the page says a draft is kept and its button continues it.
    await expect(page.getByText('Your unsaved draft is kept, encrypted.')).toBeVisible();
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue(`Half a thought about ${marker}`);

    // Escape closes without saving; the draft stays.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Unfinished' })).toHaveCount(0);
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue(`Half a thought about ${marker}`);

    // Saved: the draft is gone.
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('article', { name: 'Unfinished' })).toBeVisible();
    await page.keyboard.press('Control+L');
    await unlockToShell(page);
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('');
    await expect(page.getByText('Your unsaved draft was kept')).toHaveCount(0);

    // Without any lock (a crash, a closed window): what was typed a moment ago is kept too.
    await page.getByLabel('Entry', { exact: true }).fill('Written just before the power went out.');
    await expect(page.getByText(/^Draft kept, encrypted, at/)).toBeVisible();
    await cairn.restart();
    page = cairn.page;
    await unlockToShell(page);
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('Written just before the power went out.');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await openEntryEditor(page);
    await expect(page.getByLabel('Entry', { exact: true })).toHaveValue('');
    await expect(page.getByText(/^Draft kept/)).toHaveCount(0);
    expect(foreignRequests(cairn)).toEqual([]);
  });
});

test('the month view colours days by mood and says each mood in words', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.keyboard.press('Control+1');
  // A week of backdated check-ins, typed through the dialog.
  const moods = ['1', '3', '5', '7', '9', '10', '6'];
  for (const [back, mood] of moods.entries()) {
    await typeCheckin(page, []);
    await fillDate(whenField(page, 'Day'), shiftDay(today(), -back));
    await scale(page, 'Mood').getByText(mood, { exact: true }).click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await addEntry(page, 'After the walk', 'Felt **lighter**. Noticed:\n\n- the river\n- the wind');
  await page.getByRole('article', { name: 'After the walk' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('timeline-checkins-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('timeline-checkins-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  const todayCell = page.getByRole('button', { name: `${longDay(today())} (today): mood 1 of 10; 1 entry; open the day` });
  await expect(todayCell).toBeVisible();
  await expect(todayCell).toHaveText(/1$/);
  await page.screenshot({ path: testInfo.outputPath('month-light.png'), fullPage: true });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('month-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // A day opens as a day; its check-in opens from there.
  await todayCell.click();
  await page.getByRole('button', { name: `Edit check-in of ${longDay(today())}` }).click();
  await expect(page.getByRole('dialog')).toContainText('You checked in on this day already');
  await expect(scale(page, 'Mood').getByRole('radio', { name: '1', exact: true })).toBeChecked();
  expect(foreignRequests(cairn)).toEqual([]);
});
