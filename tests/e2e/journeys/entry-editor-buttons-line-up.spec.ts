/**
 * Journey: a person writes in the journal entry editor and looks at its
 * buttons. Cancel and Save sit on one line, their tops and bottoms level
 * (within a pixel), in a new entry, once a draft is kept (the "Draft kept"
 * note and Discard draft join the row), and in the smallest window Cairn
 * supports; and what they typed is saved.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, foreignRequests, test } from '../fixtures';
import { openEntryEditor } from '../steps';
import { storedRecords } from './therapy-stored';

test.use({ vault: 'unlocked' });

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not laid out');
  return { top: b.y, bottom: b.y + b.height };
}

async function expectLevel(page: Page, save: string, shot: string) {
  const editor = page.getByRole('dialog', { name: /^(New|Edit) entry$/ });
  const cancel = await box(editor.getByRole('button', { name: 'Cancel', exact: true }));
  const saveBox = await box(editor.getByRole('button', { name: save, exact: true }));
  await page.screenshot({ path: test.info().outputPath(`${shot}.png`), animations: 'disabled' });
  expect(Math.abs(cancel.top - saveBox.top), `${shot}: tops of Cancel and ${save}`).toBeLessThanOrEqual(1);
  expect(Math.abs(cancel.bottom - saveBox.bottom), `${shot}: bottoms of Cancel and ${save}`).toBeLessThanOrEqual(1);
}

test('the entry editor keeps Cancel and Save level, with and without a kept draft, at 1280 and 900 px', async ({ cairn }) => {
  const { page } = cairn;
  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 650 },
  ]) {
    await page.setViewportSize(size);
    await openEntryEditor(page);
    await expectLevel(page, 'Save entry', `new-entry-${size.width}`);
    const body = `A quiet walk by the river at ${size.width}.`;
    await page.getByLabel('Entry', { exact: true }).fill(body);
    await expect(page.getByText(/Draft kept, encrypted, at/)).toBeVisible({ timeout: 15_000 });
    await expectLevel(page, 'Save entry', `draft-kept-${size.width}`);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('dialog', { name: 'New entry' })).toHaveCount(0);
    expect((await storedRecords(page, 'journal.entry')).map((e) => e.body)).toContain(body);
  }
  expect(foreignRequests(cairn)).toEqual([]);
});
