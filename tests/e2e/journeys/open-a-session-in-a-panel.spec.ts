/**
 * Journey: a person with a year of weekly therapy sessions turns the Sessions
 * list to an older page, opens one session in the panel, changes its key
 * takeaway and closes the panel with Escape. Focus is back on the session they
 * opened, the list shows the new takeaway and the vault holds it (the same
 * record, same id and creation time). They delete another session and Undo
 * brings back exactly what was stored.
 */
import type { AnyRecord } from '../../../src/shared/domain';
import { formatDay } from '../../../src/shared/time/format';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedRecords } from './therapy-stored';
import { E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const WEEKS = 52;
// Written when the test starts: a session marked attended cannot be dated after the day it was written.
const CREATED = new Date().toISOString();
const shown = (offset: number) => formatDay(day(offset));

const sessions: AnyRecord[] = Array.from({ length: WEEKS }, (_, w) => ({
  kind: 'therapy.session',
  id: `session-${w}`,
  createdAt: CREATED,
  updatedAt: CREATED,
  date: day(-7 * w),
  modality: 'cbt',
  attended: true,
  notes: w === 25 ? 'Talked about my brother.' : '',
  takeaways: `Takeaway of week ${w}`,
  homework: '',
}));

test('a year of sessions: page back, open one in the panel, edit its takeaway, Escape, delete another and undo', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(page, sessions);
  await reloadAndUnlock(page);

  await page.keyboard.press('Control+3');
  const list = page.getByRole('list', { name: 'Sessions' });
  await expect(list.getByRole('article')).toHaveCount(20);
  const pager = page.getByRole('navigation', { name: 'Sessions: pages' });
  await expect(pager).toContainText(`1–20 of ${WEEKS} · page 1 of 3`);
  await pager.getByRole('button', { name: 'Older' }).click();
  await expect(pager).toContainText(`21–40 of ${WEEKS} · page 2 of 3`);

  // Week 25, on page 2: the panel shows all of it, private notes included.
  const name = `Session of ${shown(-7 * 25)}`;
  const card = list.getByRole('article', { name });
  await expect(card).toContainText('Takeaway of week 25');
  const open = card.getByRole('button', { name: `Open ${name}` });
  await open.click();
  const panel = page.getByRole('dialog', { name });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Private notes')).toHaveValue('Talked about my brother.');
  await expect(panel.getByLabel('Key takeaways')).toHaveValue('Takeaway of week 25');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  await panel.getByLabel('Key takeaways').fill('Slow breathing before I answer.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('status')).toHaveText('Changes saved.');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(pager).toContainText('page 2 of 3');
  await expect(card).toContainText('Slow breathing before I answer.');
  await expect(card).not.toContainText('Takeaway of week 25');

  const edited = (await storedRecords(page, 'therapy.session')).find((s) => s.id === 'session-25');
  expect(edited).toMatchObject({ takeaways: 'Slow breathing before I answer.', notes: 'Talked about my brother.', createdAt: CREATED, date: day(-175) });
  expect(edited!.updatedAt > CREATED).toBe(true);

  // Delete week 26; Undo puts back exactly what was stored.
  const before = (await storedRecords(page, 'therapy.session')).find((s) => s.id === 'session-26');
  const other = list.getByRole('article', { name: `Session of ${shown(-7 * 26)}` });
  await other.getByRole('button', { name: /^Delete/ }).click();
  await expect(other).toHaveCount(0);
  await expect(pager).toContainText(`of ${WEEKS - 1}`);
  await expect.poll(async () => (await storedRecords(page, 'therapy.session')).length).toBe(WEEKS - 1);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(other).toContainText('Takeaway of week 26');
  await expect.poll(async () => (await storedRecords(page, 'therapy.session')).find((s) => s.id === 'session-26')).toEqual(before);
  expect(await storedRecords(page, 'therapy.session')).toHaveLength(WEEKS);
  expect(foreignRequests(cairn)).toEqual([]);
});
