import type { AnyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
// Reloads on a 2-core machine shared with other builds: a generous limit, no fixed waits.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 20, point 2. A person who has checked in for 20 days opens Insights →
 * Patterns. Before there is anything to compare they see why and what to do;
 * with 20 days they see, in "tends to go with" words, how mood on days they
 * used a coping skill compares with the other days, with both counts and an
 * interval, and that a tag seen on too few days is left out.
 *
 * The 20 days, i = 0..19 from 19 days ago to today: "walk" on even i, mood 7
 * when i % 4 = 0 and 9 otherwise (10 days, mean 8, variance 10/9); odd i mood
 * 3 when i % 4 = 1 and 5 otherwise (10 days, mean 4, variance 10/9). Same day:
 * +4, se √(2 × 1.111/10) = 0.471, df 18, t 2.101, interval +3 to +5.
 * Next day: walk days lead to the odd days (10 × mean 4); the other days lead
 * to the even days 2..18 (9 days: four 7s and five 9s, mean 73/9 = 8.1), so
 * −4.1, the largest difference, shown first. "rain" on 3 days is left out.
 */
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const checkins: AnyRecord[] = Array.from({ length: 20 }, (_, i) => {
  const date = day(i - 19);
  const mood = i % 2 === 0 ? (i % 4 === 0 ? 7 : 9) : i % 4 === 1 ? 3 : 5;
  return {
    kind: 'journal.checkin',
    ...meta(`checkin-${date}`),
    date,
    mood,
    triggers: [],
    coping: i % 2 === 0 ? ['walk'] : [],
    tags: i < 3 ? ['rain'] : [],
    note: '',
  };
});

test('patterns compare your own days with both counts and an interval, and say why when data is thin', async ({ cairn }) => {
  const { page } = cairn;
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await page.getByRole('tab', { name: 'Patterns' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Not enough days to compare yet.')).toBeVisible();
  await expect(panel).toContainText('at least 7 days with it and 7 without');

  await seedRecords(page, checkins);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+5');
  await page.getByRole('tab', { name: 'Patterns' }).click();
  const card = page.getByRole('region', { name: 'What tends to go with your mood' });
  await expect(card).toContainText(
    'Days you used “walk” tend to go with mood 4.1 points lower the next day (10 days with, 9 without).',
  );
  await expect(card).toContainText('One more factor is left out because one side has fewer than 7 days.');

  const table = card.getByRole('grid', { name: /Average on days with and without each factor/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3); // header + walk next day + walk same day
  await expect(rows.nth(1)).toHaveText(/walk.*Coping skill.*Mood, the next day.*4 \(10 days\).*8\.1 \(9 days\).*−4\.1/);
  await expect(rows.nth(2)).toHaveText(/walk.*Coping skill.*Mood, the same day.*8 \(10 days\).*4 \(10 days\).*\+4.*\+3 to \+5$/);
  // Never a cause, never advice.
  await expect(card).not.toContainText(/\bcauses\b|\bhelps\b|you should/i);

  // What is stored is what was counted: 10 check-ins with the coping skill, 20 in all.
  const stored = await storedOfKind(page, 'journal.checkin');
  expect(stored).toHaveLength(20);
  expect(stored.filter((c) => c.coping.includes('walk'))).toHaveLength(10);

  // Keyboard: the table is one Tab stop (its scroll region is a named landmark, not a second stop),
  // and the arrow keys walk its rows, scrolling the region as they go.
  const region = card.getByRole('region', { name: 'Patterns: data table' });
  await expect(region).not.toHaveAttribute('tabindex');
  await region.getByRole('grid').focus();
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  expect(await axeProblems(page, '[role="tabpanel"]')).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});
