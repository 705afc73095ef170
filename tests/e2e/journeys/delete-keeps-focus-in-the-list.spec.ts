/**
 * Journey: a person with 21 logged sessions (two pages) deletes the only
 * session on the second page, then the newest on the first, by keyboard-able
 * buttons. Each Delete button leaves with its card; focus must not fall to the
 * page's body (a keyboard or screen-reader user would be thrown back to the
 * top). With no card left on the page, focus is on the list's heading; with a
 * card after the deleted one, on that card's Open button. The vault no longer
 * holds either session.
 */
import type { AnyRecord } from '../../../src/shared/domain';
import { formatDay } from '../../../src/shared/time/format';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords } from '../seed';
import { storedRecords } from './therapy-stored';
import { E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const SESSIONS = 21;
const CREATED = new Date().toISOString();
// Newest first: session-00 (yesterday) leads page 1, session-20 is alone on page 2.
const sessions: AnyRecord[] = Array.from({ length: SESSIONS }, (_, i) => ({
  kind: 'therapy.session',
  id: `session-${String(i).padStart(2, '0')}`,
  createdAt: CREATED,
  updatedAt: CREATED,
  date: day(-1 - i * 7),
  modality: 'cbt',
  attended: true,
  notes: '',
  takeaways: `Takeaway ${i}`,
  homework: '',
}));
const label = (i: number) => `Session of ${formatDay(day(-1 - i * 7))}`;

test('deleting a session keeps focus in the list: the heading when the page empties, else the next card', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(page, sessions);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Sessions', exact: true }).click();
  const list = page.getByRole('list', { name: 'Sessions' });
  const pager = page.getByRole('navigation', { name: 'Sessions: pages' });
  await expect(pager).toContainText(`1–20 of ${SESSIONS} · page 1 of 2`);
  await pager.getByRole('button', { name: 'Older' }).click();
  await expect(list.getByRole('article')).toHaveCount(1);

  // The last card on its page: the list turns back to page 1, and focus is on the list's heading.
  await list.getByRole('button', { name: `Delete ${label(20)}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session deleted.' })).toBeVisible();
  await expect(pager).toHaveCount(0);
  const heading = page.getByRole('heading', { level: 3, name: 'Sessions' });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.textContent)).toBe('Sessions');

  // A card with one after it: focus moves to the one that took its place.
  await list.getByRole('button', { name: `Delete ${label(0)}` }).click();
  await expect(list.getByRole('article', { name: label(0) })).toHaveCount(0);
  await expect(list.getByRole('button', { name: `Open ${label(1)}` })).toBeFocused();

  const stored = (await storedRecords(page, 'therapy.session')).map((s) => s.id);
  expect(stored).toHaveLength(SESSIONS - 2);
  expect(stored).not.toContain('session-00');
  expect(stored).not.toContain('session-20');
  expect(foreignRequests(cairn)).toEqual([]);
});
