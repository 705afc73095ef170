import type { AnyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
// A reload on a 2-core machine shared with other builds: a generous limit, no fixed waits.
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 20, point 3. A new vault has nothing to notice, so Insights shows no
 * small-wins card at all. After three weeks of check-ins (7.5 h a night this
 * week against 6.5 h two weeks before, checked in every day up to today) and
 * a week of doses all logged as taken, Insights shows three small wins in
 * plain words: the sleep rise, the run of check-ins and the week of doses.
 */
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const checkin = (offset: number, sleepHours: number): AnyRecord => {
  const date = day(offset);
  return { kind: 'journal.checkin', ...meta(`checkin-${date}`), date, sleepHours, triggers: [], coping: [], tags: [], note: '' };
};
const records: AnyRecord[] = [
  ...[0, -1, -2, -3, -4, -5, -6].map((o) => checkin(o, 7.5)),
  ...[-14, -15, -16, -17, -18, -19, -20].map((o) => checkin(o, 6.5)),
  {
    kind: 'med.medication', ...meta('med-a'), name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '',
    steps: [{ id: 's1', type: 'start', date: day(-30), amount: 50, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' }],
    supply: null,
    trackedFrom: day(-7),
  },
  ...[-1, -2, -3, -4, -5, -6, -7].map(
    (o): AnyRecord => ({ kind: 'med.dose', ...meta(`dose-${o}`), date: day(o), medicationId: 'med-a', time: '08:00', status: 'taken', takenAt: '08:05', amount: null, reason: '' }),
  ),
];

test('small wins appear only when there is something to notice, in plain words', async ({ cairn }) => {
  const { page } = cairn;
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Patterns' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Small wins' })).toHaveCount(0);

  await seedRecords(page, records);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+5');
  const card = page.getByRole('region', { name: 'Small wins' });
  await expect(card.getByRole('listitem')).toHaveText([
    'You slept 7.5 hours a night on average over the last two weeks, up from 6.5 the two weeks before.',
    'You have checked in 7 days in a row.',
    'Every dose due in the past 7 days is logged as taken.',
  ]);
  await expect(card).not.toContainText(/broken|other people|should/i);

  const stored = await storedOfKind(page, 'journal.checkin');
  expect(stored.filter((c) => c.date >= day(-6)).map((c) => c.sleepHours)).toEqual(Array(7).fill(7.5));
  expect((await storedOfKind(page, 'med.dose')).filter((d) => d.status === 'taken')).toHaveLength(7);

  expect(await axeProblems(page, '.small-wins')).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});
