import type { Page, TestInfo } from '@playwright/test';
import { expect, foreignRequests, test } from '../fixtures';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });

/*
 * Issue 17 §3, the journal timeline-first (Day One's model). A person opens
 * the journal and sees the timeline, not a form. "New entry" opens the editor
 * over it; they write an entry with a tag and save, and it is on the timeline.
 * They edit it from its card in the same editor, filled. What is stored is one
 * entry (edited, not copied), with its tag, and no draft left behind.
 */

async function shots(page: Page, testInfo: TestInfo, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [900, 650],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('write an entry from the timeline, then edit it from its card', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  // The timeline is the page: no entry form until the person asks for one.
  await expect(page.getByLabel('Entry', { exact: true })).toHaveCount(0);
  await expect(page.getByText('No entries yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New entry' }).click();
  const editor = page.getByRole('dialog', { name: 'New entry' });
  await expect(editor).toBeVisible();
  // The cursor starts in the title; Enter there goes on to the body rather than saving a title alone.
  await expect(editor.getByLabel('Title (optional)')).toBeFocused();
  await page.keyboard.type('Walk by the river');
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Entry', { exact: true })).toBeFocused();
  await page.keyboard.type('Cold, bright, **quiet**. Saw the heron again.');
  await editor.getByLabel('Tags (comma-separated)').fill('outdoors');
  await shots(page, testInfo, 'editor-new');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  // Ctrl+Enter saves from the body.
  await editor.getByLabel('Entry', { exact: true }).press('Control+Enter');
  await expect(editor).toHaveCount(0);

  const card = page.getByRole('article', { name: 'Walk by the river' });
  await expect(card).toBeVisible();
  await expect(card.locator('strong')).toHaveText('quiet');
  await expect(card.getByRole('list', { name: 'Details' })).toContainText('#outdoors');
  await shots(page, testInfo, 'timeline');
  expect(await axeProblems(page, 'main')).toEqual([]);

  let stored = await storedOfKind(page, 'journal.entry');
  expect(stored).toHaveLength(1);
  const saved = stored[0]!;
  expect(saved).toMatchObject({ title: 'Walk by the river', body: 'Cold, bright, **quiet**. Saw the heron again.', tags: ['outdoors'], shareWithProvider: false });
  expect(saved.mood).toBeUndefined();
  expect(saved.createdAt).toBe(saved.updatedAt);

  // Edit from the card: the same editor, filled.
  await card.getByRole('button', { name: 'Edit Walk by the river' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(edit).toBeVisible();
  await expect(edit.getByLabel('Title (optional)')).toHaveValue('Walk by the river');
  await expect(edit.getByLabel('Entry', { exact: true })).toHaveValue('Cold, bright, **quiet**. Saw the heron again.');
  await expect(edit.getByLabel('Tags (comma-separated)')).toHaveValue('outdoors');
  await edit.getByLabel('Tags (comma-separated)').fill('outdoors, birds');
  await edit.getByLabel('Mood at the time (optional)').fill('7');
  await shots(page, testInfo, 'editor-edit');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toHaveCount(0);
  await expect(card).toContainText('#birds');
  await expect(card).toContainText('Mood 7/10');
  await expect(page.getByRole('article')).toHaveCount(1);

  // Stored: the same entry (same id, same createdAt), changed; no draft left.
  await expect.poll(async () => (await storedOfKind(page, 'journal.entry'))[0]?.tags).toEqual(['outdoors', 'birds']);
  stored = await storedOfKind(page, 'journal.entry');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ id: saved.id, createdAt: saved.createdAt, mood: 7, title: 'Walk by the river' });
  expect(stored[0]!.updatedAt > saved.updatedAt).toBe(true);
  await expect.poll(async () => (await storedOfKind(page, 'journal.draft')).length).toBe(0);
  expect(foreignRequests(cairn)).toEqual([]);
});
