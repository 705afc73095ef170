import type { AnyRecord } from '../../../src/shared/domain';
import { formatDay } from '../../../src/shared/time/format';
import { expect, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { E2E_SLOW_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

/*
 * Issue 15, journey 10 (therapy part). Ten years of weekly therapy: 522
 * sessions and as many thought records. Therapy opens on the newest sessions,
 * a page at a time, instead of drawing all 522 on one 143,000-pixel page; the
 * person can page back to the oldest one. Every homework list pages the same way.
 */
test.describe.configure({ timeout: E2E_SLOW_TEST });

const WEEKS = 522;
// Days as the app writes them in the browser's locale (src/shared/time).
const shown = (offset: number) => formatDay(day(offset));

test('ten years of weekly sessions open newest first, a page at a time', async ({ cairn }) => {
  const { page } = cairn;
  const now = stamp();
  const records: AnyRecord[] = [];
  for (let w = 0; w < WEEKS; w++) {
    const date = day(-7 * w);
    const base = { createdAt: now, updatedAt: now, date };
    records.push({ ...base, id: `s${w}`, kind: 'therapy.session', modality: 'cbt', attended: true, notes: '', takeaways: `Week ${w}`, homework: '' });
    records.push({
      ...base,
      id: `t${w}`,
      kind: 'therapy.thoughtRecord',
      situation: `Situation ${w}`,
      moods: [{ name: 'Anxious', intensity: 60 }],
      thoughts: [{ text: 'Thought', belief: 50, hot: true }],
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: '',
    });
  }
  await seedRecords(page, records);
  await reloadAndUnlock(page);

  await page.keyboard.press('Control+3');
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('article');
  await expect(sessions.first()).toHaveAccessibleName(`Session of ${shown(0)}`);
  await expect(sessions).toHaveCount(20);
  await expect(page.getByText(`${WEEKS} attended of ${WEEKS} logged.`)).toBeVisible();
  // The page stays short enough to scroll: 20 cards, not 522.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(10_000);

  const pager = page.getByRole('navigation', { name: 'Sessions: pages' });
  await expect(pager).toContainText('1–20 of 522 · page 1 of 27');
  await expect(pager.getByRole('button', { name: 'Newer' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Older' }).click();
  await expect(pager).toContainText('21–40 of 522 · page 2 of 27');
  await expect(sessions.first()).toHaveAccessibleName(`Session of ${shown(-7 * 20)}`);
  for (let i = 2; i < 27; i++) await pager.getByRole('button', { name: 'Older' }).click();
  await expect(pager).toContainText('521–522 of 522 · page 27 of 27');
  await expect(sessions.last()).toHaveAccessibleName(`Session of ${shown(-7 * (WEEKS - 1))}`);
  await expect(pager.getByRole('button', { name: 'Older' })).toBeDisabled();

  // Homework lists page the same way.
  await page.getByRole('tab', { name: 'Homework', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Thought records' }).getByRole('article')).toHaveCount(20);
  await expect(page.getByRole('navigation', { name: 'Thought records: pages' })).toContainText('1–20 of 522');
});
