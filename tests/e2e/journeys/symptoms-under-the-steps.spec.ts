import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { storedRecords } from './stored-medications';

/*
 * Issue 19, point 2: during a taper the daily check-in asks about the FINISH
 * groups (0–3); the ratings are stored with the check-in, charted under the
 * dose step line on the medication, and printed on the summary.
 */
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const times = { kind: 'times', times: ['08:00'] };
const dose = (id: string, type: string, date: string, amount: number) => ({ id, type, date, amount, schedule: times, reason: '', checkIn: '' });
const medication = (id: string, name: string, steps: object[]) => ({
  id, createdAt: stamp(), updatedAt: stamp(), kind: 'med.medication', name, class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '', supply: null, steps,
});

test('symptom ratings from the check-in are charted under the dose steps and printed for the period', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(
    page,
    [
      medication('med-paroxetine', 'Paroxetine', [dose('p1', 'start', day(-200), 20), dose('p2', 'decrease', day(-3), 10)]),
      medication('med-lithium', 'Lithium', [dose('l1', 'start', day(-200), 400)]),
    ].map((r) => anyRecord.parse(r)),
  );
  await reloadAndUnlock(page);

  await page.evaluate(() => (window.location.hash = '#/journal?checkin=today'));
  const dialog = page.getByRole('dialog');
  const group = (name: string) => dialog.getByRole('radiogroup', { name: new RegExp(`^${name} \\(`) });
  await expect(dialog.getByRole('group', { name: 'Symptoms while a dose is lowered or stopped' })).toBeVisible();
  // The groups and their words are CLINICAL.md's.
  await expect(dialog.getByRole('radiogroup', { name: 'Sensory disturbances (“brain zaps”, tingling)' })).toBeVisible();
  // One digit sets a scale, as for mood; Enter saves.
  await group('Imbalance').getByRole('radio').first().focus();
  await page.keyboard.press('2');
  await expect(group('Imbalance').getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await group('Sensory disturbances').getByRole('radio').first().focus();
  await page.keyboard.press('3');
  await expect(group('Sensory disturbances').getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await storedRecords(page, 'journal.checkin'))[0]?.symptoms).toEqual({ imbalance: 2, sensory: 3 });

  // Under Paroxetine's dose step line; Lithium, never lowered, has no such chart.
  await page.evaluate(() => (window.location.hash = '#/medications?med=med-paroxetine'));
  const chart = page.getByRole('region', { name: 'Dose steps and symptoms' });
  await expect(chart.getByTestId('dose-step-line')).toBeVisible();
  await expect(chart.locator(`g[data-group="imbalance"] rect[data-day="${day(0)}"]`)).toHaveAttribute('data-rating', '2');
  await expect(chart.locator(`g[data-group="sensory"] rect[data-day="${day(0)}"]`)).toHaveAttribute('data-rating', '3');
  await expect(chart.locator('g[data-group="flu"] rect')).toHaveCount(0);
  await expect(chart.getByRole('row', { name: new RegExp(formatDay(day(0))) })).toContainText('10 mg');
  await page.evaluate(() => (window.location.hash = '#/medications?med=med-lithium'));
  await expect(page.getByRole('heading', { level: 2, name: 'Lithium' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dose steps and symptoms' })).toHaveCount(0);

  // The summary prints them for the period, as figures.
  await page.evaluate(() => (window.location.hash = '#/summary'));
  const printed = page.getByRole('region', { name: 'Symptoms while a dose was lowered or stopped' });
  await expect(printed).toContainText(`Paroxetine, lowered or stopped from ${formatDay(day(-3))}`);
  await expect(printed.getByRole('row', { name: /^Sensory disturbances/ })).toHaveText(`Sensory disturbances133 on ${formatDay(day(0))}`);
  await expect(printed.getByRole('row', { name: /^Nausea/ })).toHaveText('Nausea0––');
  expect(foreignRequests(cairn)).toEqual([]);
});
