/**
 * Journey: reading search results (issue 15, journey 6). A person searches
 * their journal and reads why each entry was found: plain words, not
 * Markdown syntax, with only the words they can see marked. What is stored
 * keeps the Markdown exactly as written.
 */
import { expect, foreignRequests, test } from '../fixtures';
import { openEntryEditor, unlockToShell } from '../steps';
import { storedOfKind } from './stored-records';
import { E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// A shared 2-core machine: starting the app counts against this too; nothing here waits on a clock.
test.describe.configure({ timeout: E2E_SLOW_TEST });

const BODY = [
  '## Morning',
  '',
  'Woke up early and my **anxiety** was lower than last week.',
  '',
  '- walked to the _harbour_ with Sam',
  '- read [the anxiety guide](https://example.org/anxiety-guide) my therapist lent me',
  '',
  '> Breathe out longer than in.',
].join('\n');
const ONLY_IN_A_LINK = 'Saved a photo: [the view](https://example.org/anxiety/photo.jpg)';

test('search results read as plain words, and only visible words are marked', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.keyboard.press('Control+1');
  for (const [title, body] of [['Calmer morning', BODY], ['A photo', ONLY_IN_A_LINK]] as const) {
    await openEntryEditor(page);
    await page.getByLabel('Title (optional)').fill(title);
    await page.getByLabel('Entry', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('article', { name: title })).toBeVisible();
  }

  // One letter is not searched: the whole timeline stays, and the status line says what to do.
  const box = page.getByLabel('Search entries and check-in notes');
  await box.fill('a');
  await expect(page.getByRole('status').filter({ hasText: '2 entries and 0 check-ins. Type two or more letters to search.' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  // A one-letter word after others is left out until its second letter, and the page says so.
  await box.fill('anxiety w');
  await expect(page.getByRole('status').filter({ hasText: 'Found 1 entry and 0 check-ins. One-letter words are not searched.' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Calmer morning' })).toBeVisible();

  await box.fill('anxiety');
  const found = page.getByRole('article', { name: 'Calmer morning' });
  await expect(found).toBeVisible();
  // A word that lives only inside a link's address is not a reason to show an entry.
  await expect(page.getByRole('article', { name: 'A photo' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Found 1 entry and 0 check-ins.' })).toBeVisible();

  const excerpt = found.locator('[data-excerpt]');
  const text = (await excerpt.textContent()) ?? '';
  expect(text).toContain('Woke up early and my anxiety was lower than last week.');
  expect(text).toContain('walked to the harbour with Sam');
  expect(text).toContain('read the anxiety guide my therapist lent me');
  for (const syntax of ['**', '##', '- ', '](', 'https://', 'example.org', '> ', '_harbour_']) expect(text).not.toContain(syntax);
  // Two visible "anxiety"s are marked; the address is not shown, so nothing in it is.
  await expect(excerpt.locator('mark')).toHaveText(['anxiety', 'anxiety']);

  await page.setViewportSize({ width: 900, height: 650 });
  await found.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`search-results-${scheme}.png`), fullPage: false });
  }

  // What is stored is what was written, Markdown and link included, after a restart.
  await cairn.restart();
  await unlockToShell(cairn.page);
  const entries = await storedOfKind(cairn.page, 'journal.entry');
  expect(entries.map((e) => e.body).sort()).toEqual([BODY, ONLY_IN_A_LINK].sort());
  expect(foreignRequests(cairn)).toEqual([]);
});
