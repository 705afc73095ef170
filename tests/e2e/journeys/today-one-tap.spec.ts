import type { AnyRecord } from '../../../src/shared/domain';
import { formatDate, formatTime } from '../../../src/shared/time/format';
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
 * Issue 17 §3, Today is home. Someone mid-treatment opens Cairn: two
 * medications due at 08:00, a visit ten days ago, a dose raised since, a side
 * effect and a PHQ-9 since. On Today they rate mood with one click and anxiety
 * with one digit (both stored at once, in one check-in), take both 08:00 doses
 * with one press and undo it from the one toast (nothing left stored), and read
 * what changed since the last visit.
 */
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const morning = { kind: 'times' as const, times: ['08:00'] };
const medication = (id: string, name: string, steps: object[]): AnyRecord =>
  ({ kind: 'med.medication', ...meta(id), name, class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '', steps, supply: null }) as AnyRecord;
const records: AnyRecord[] = [
  medication('med-s', 'Sertraline', [
    { id: 's1', type: 'start', date: day(-60), amount: 50, schedule: morning, reason: '', checkIn: '' },
    { id: 's2', type: 'increase', date: day(-5), amount: 100, schedule: morning, reason: 'agreed at the visit', checkIn: '' },
  ]),
  medication('med-v', 'Vitamin D', [{ id: 'v1', type: 'start', date: day(-60), amount: 10, schedule: morning, reason: '', checkIn: '' }]),
  { kind: 'therapy.appointment', ...meta('visit-1'), date: day(-10), type: 'medication', questions: [], decisions: '' },
  { kind: 'med.sideEffect', ...meta('se-1'), date: day(-3), symptom: 'Nausea', frequency: 3, intensity: 2, burden: 1, resolvedOn: null, medicationId: 'med-s', note: '' },
  { kind: 'assessment.phq9', ...meta('phq9-1'), date: day(-2), answers: [2, 2, 2, 1, 1, 1, 1, 1, 0] },
];

test('Today: mood in one click, anxiety in one digit, take all 08:00 with Undo, what changed since the visit', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seedRecords(page, records);
  await reloadAndUnlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The check-in card: one click for mood, one digit for anxiety; each is stored as it is picked.
  const checkin = page.getByRole('region', { name: 'Today’s check-in' });
  await expect(checkin).toContainText('No check-in yet today.');
  await checkin.getByRole('radiogroup', { name: 'Mood' }).getByText('7', { exact: true }).click();
  await expect(checkin).toContainText('Today’s check-in is done (mood 7/10).');
  const anxiety = checkin.getByRole('radiogroup', { name: 'Anxiety' });
  await anxiety.getByRole('radio', { name: '0', exact: true }).focus();
  await page.keyboard.press('3');
  await expect(anxiety.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect
    .poll(async () => (await storedOfKind(page, 'journal.checkin')).map((c) => ({ id: c.id, mood: c.mood, anxiety: c.anxiety })))
    .toEqual([{ id: `checkin-${day(0)}`, mood: 7, anxiety: 3 }]);

  // Both 08:00 doses in one press, and one Undo for the two.
  const doses = page.getByRole('region', { name: 'Today’s doses' });
  await expect(doses).toContainText('0 of 2 logged.');
  await doses.getByRole('button', { name: `Take all ${formatTime('08:00')} today (2 doses)` }).click();
  await expect(doses).toContainText('2 of 2 logged.');
  await expect(doses.getByRole('button', { name: /^Take all/ })).toHaveCount(0);
  const taken = await storedOfKind(page, 'med.dose');
  expect(taken.map((d) => [d.medicationId, d.date, d.time, d.status]).sort()).toEqual([
    ['med-s', day(0), '08:00', 'taken'],
    ['med-v', day(0), '08:00', 'taken'],
  ]);
  const toast = page.getByRole('status').filter({ hasText: `2 doses at ${formatTime('08:00')} marked as taken.` });
  await expect(toast).toHaveCount(1);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(doses).toContainText('0 of 2 logged.');
  await expect.poll(async () => (await storedOfKind(page, 'med.dose')).length).toBe(0);

  // What changed since the visit ten days ago: the raised dose, the side effect, the PHQ-9.
  const since = page.getByRole('region', { name: 'Since your last visit' });
  await expect(since).toContainText(`Since ${formatDate(day(-10))}`);
  await expect(since.getByRole('definition')).toHaveText([
    `${formatDate(day(-5))} · Sertraline — Increased: 100 mg at ${formatTime('08:00')}`,
    `${formatDate(day(-3))} · Nausea`,
    `${formatDate(day(-2))} · PHQ-9 11 (moderate)`,
  ]);
  await expect(since).not.toContainText(/should|recommend|worse|better/i);

  expect(await axeProblems(page, '[data-cards="today"]')).toEqual([]);
  // For looking at, not asserted: Today at the smallest window, light and dark.
  await page.setViewportSize({ width: 900, height: 650 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`today-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(foreignRequests(cairn)).toEqual([]);
});
