import type { AnyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 17 §2: one Undo toast for the whole app. Deleting a journal entry
 * shows it; deleting a second replaces it (only the latest can be undone);
 * Ctrl+Z in the search box is the box's own undo, Ctrl+Z outside a text field
 * puts the second entry back exactly as stored; the first stays deleted.
 */
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const entry = (id: string, title: string): AnyRecord =>
  ({ kind: 'journal.entry', ...meta(id), date: day(-1), time: '21:00', title, body: `${title}: kept word for word`, tags: ['kept'], shareWithProvider: false }) as AnyRecord;

test('one Undo toast: a second delete replaces the first, Ctrl+Z outside a text field puts it back', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 900, height: 650 });
  await seedRecords(page, [entry('entry-walk', 'Evening walk'), entry('entry-call', 'Call with Mum')]);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const before = (await storedOfKind(page, 'journal.entry')).find((e) => e.id === 'entry-call');

  await page.getByRole('button', { name: 'Delete Evening walk' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Entry deleted.' });
  await expect(toast).toContainText('Press Control+Z to undo.');
  await page.getByRole('button', { name: 'Delete Call with Mum' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`undo-toast-${scheme}.png`) });
  }
  await expect.poll(async () => (await storedOfKind(page, 'journal.entry')).length).toBe(0);

  // In a text field Ctrl+Z belongs to the field: nothing comes back.
  // The emptied journal has no search box; the entry editor's title is a text field (the journal is timeline-first).
  await page.getByRole('button', { name: 'New entry' }).click();
  const field = page.getByLabel('Title (optional)');
  await field.click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('main').focus();
  await page.keyboard.press('Control+z');

  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Call with Mum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Evening walk' })).toHaveCount(0);
  await expect.poll(async () => (await storedOfKind(page, 'journal.entry')).map((e) => e.id)).toEqual(['entry-call']);
  expect((await storedOfKind(page, 'journal.entry'))[0]).toEqual(before);
});
