import type { AnyRecord } from '../../../src/shared/domain';
import { localDay } from '../../../src/shared/local-date';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { reloadAndUnlock, seedRecords, stamp } from '../seed';
import { chooseOption } from '../kit-select';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
// A reload on a 2-core machine shared with other builds: a generous limit, no fixed waits.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 20, point 6. A person looks back at last year: each day is a square
 * coloured by mood, the weeks on Sertraline are underlined and the dose
 * change has a dot. With the keyboard alone they walk the year (down a day,
 * right a week) and hear each day in words; the table twin lists the same
 * days. Last year, so the dates never fall in the future whatever today is.
 */
const year = Number(localDay().slice(0, 4)) - 1;
const d = (mmdd: string) => `${year}-${mmdd}`;
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const checkin = (date: string, mood: number): AnyRecord => ({ kind: 'journal.checkin', ...meta(`checkin-${date}`), date, mood, triggers: [], coping: [], tags: [], note: '' });
const records: AnyRecord[] = [
  checkin(d('03-02'), 6),
  checkin(d('03-03'), 2),
  checkin(d('03-10'), 9),
  {
    kind: 'med.medication', ...meta('sertraline'), name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '',
    steps: [
      { id: 's1', type: 'start', date: d('02-01'), amount: 50, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' },
      { id: 's2', type: 'increase', date: d('03-03'), amount: 100, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' },
    ],
    supply: null,
  },
];

test('a year of moods, walked with the keyboard, with medication shaded and its table twin', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(page, records);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+5');
  await page.getByRole('tab', { name: 'Year in pixels' }).click();
  const card = page.getByRole('region', { name: 'Year in pixels', exact: true });
  await chooseOption(page, 'Year', String(year), card);
  await expect(card).toContainText(`3 of ${year % 4 === 0 ? 366 : 365} days in ${year} have a mood.`);

  const grid = card.getByRole('grid', { name: `Mood in ${year}, one square per day` });
  const first = grid.getByRole('gridcell', { name: /mood 6 out of 10/ });
  await expect(first).toHaveAccessibleName(/: mood 6 out of 10; taking Sertraline$/);
  await expect(first).toHaveAttribute('data-mood', '3'); // 6 is in the 6–7 band
  await expect(first).toHaveAttribute('data-med', 'true');
  await first.click();
  await expect(first).toBeFocused();

  // Down a day: 3 March, the dose change.
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/: mood 2 out of 10; taking Sertraline; Sertraline — Increased: 100 mg at \S+( AM)?$/);
  await expect(focused).toHaveAttribute('data-change', 'true');
  await expect(focused).toHaveAttribute('data-day', d('03-03'));
  await expect(card.getByTestId('year-detail')).toContainText('mood 2 out of 10');
  // Right a week: 10 March.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-day', d('03-10'));
  await expect(page.locator(':focus')).toHaveAccessibleName(/: mood 9 out of 10; taking Sertraline$/);
  // Left a week and up a day: back to 2 March. Before the start, no medication is shaded.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-day', d('03-02'));
  await expect(grid.locator(`[data-day="${d('01-15')}"]`)).not.toHaveAttribute('data-med');
  await expect(grid.locator(`[data-day="${d('01-15')}"]`)).toHaveAccessibleName(/: no mood recorded$/);
  // One tab stop for the whole grid.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

  // The table twin, drawn on request as the charts' twins are: the start, the three moods (the change falls on 3 March).
  const table = card.getByRole('grid', { name: `Days in ${year} with a mood or a medication change` });
  await expect(table).toHaveCount(0);
  await card.getByRole('button', { name: 'Show data table' }).click();
  await expect(card.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(1)).toContainText('Sertraline — Started: 50 mg at ');
  await expect(table.getByRole('row').nth(3)).toContainText(/2\s*Sertraline\s*Sertraline — Increased: 100 mg at /);

  const stored = await storedOfKind(page, 'journal.checkin');
  expect(stored.map((c) => [c.date, c.mood]).sort()).toEqual([[d('03-02'), 6], [d('03-03'), 2], [d('03-10'), 9]]);
  const [med] = await storedOfKind(page, 'med.medication');
  expect(med?.steps.map((s) => [s.type, s.date])).toEqual([['start', d('02-01')], ['increase', d('03-03')]]);

  expect(await axeProblems(page, '[role="tabpanel"]')).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});
