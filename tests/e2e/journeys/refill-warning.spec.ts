import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { openSettings } from '../steps';
import { storedRecords } from './stored-medications';

/*
 * Issue 19, point 4: refills that look ahead. Three supplies counted this
 * morning, one tablet a day unless planned otherwise, and an appointment in
 * two days:
 *   Sertraline, 5 tablets: runs out in 5 days, inside the 7-day warning;
 *   Mirtazapine, 1 tablet: runs out tomorrow, before the appointment;
 *   Quetiapine, 12 tablets at 2 a day, a planned step down to 1 a day in 2 days:
 *     at today's rate it would run out in 6 days, but following the plan it
 *     lasts to day 10: no warning.
 */
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const times = { kind: 'times', times: ['08:00'] };
const med = (name: string, quantity: number, perDose: number, plans: object[] = []) => ({
  ...meta(`med-${name}`), kind: 'med.medication', name, class: 'other', form: 'tablet', unit: 'mg', prescriber: '', reason: '',
  trackedFrom: day(-30), supply: { quantity, refillDate: day(0), strength: 50 },
  steps: [{ id: `${name}-1`, type: 'start', date: day(-30), amount: 50 * perDose, schedule: times, reason: '', checkIn: '' }, ...plans],
});

test('Today warns before a supply runs out and before the next appointment, following the planned steps', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(
    page,
    [
      med('Sertraline', 5, 1),
      med('Mirtazapine', 1, 1),
      med('Quetiapine', 12, 2, [{ id: 'q-plan', type: 'decrease', date: day(2), amount: 50, schedule: times, reason: '', checkIn: '', planned: true }]),
      { ...meta('appt'), kind: 'therapy.appointment', date: day(2), type: 'medication', questions: [], decisions: '' },
    ].map((r) => anyRecord.parse(r)),
  );
  await reloadAndUnlock(page);

  const warnings = page.getByRole('list', { name: 'Supplies running low' }).getByRole('listitem');
  await expect(warnings).toHaveText([
    `Mirtazapine: runs out around ${formatDay(day(1))} (tomorrow), before your next appointment on ${formatDay(day(2))}.`,
    `Sertraline: runs out around ${formatDay(day(5))} (in 5 days).`,
  ]);
  await expect(page.getByRole('region', { name: 'Supplies running low' })).not.toContainText('Quetiapine');

  // The warning days are a setting (Settings → Reminders): 3 days takes Sertraline's warning away.
  await openSettings(page, 'Reminders');
  const setting = page.getByLabel('Warn on Today this many days before a supply runs out');
  await expect(setting).toHaveValue('7');
  await setting.fill('3');
  await setting.press('Tab');
  await expect.poll(async () => (await storedRecords(page, 'med.settings'))[0]?.refillWarningDays).toBe(3);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cairn' }).click();
  await expect(warnings).toHaveText([`Mirtazapine: runs out around ${formatDay(day(1))} (tomorrow), before your next appointment on ${formatDay(day(2))}.`]);
  // Turning reminders off keeps the warning days.
  await openSettings(page, 'Reminders');
  // A kit checkbox: its label is what a person clicks.
  await page.getByText('Desktop reminders at dose times', { exact: true }).click();
  await expect(page.getByLabel('Desktop reminders at dose times')).not.toBeChecked();
  await expect.poll(async () => (await storedRecords(page, 'med.settings'))[0]).toMatchObject({ reminders: false, refillWarningDays: 3 });
  expect(foreignRequests(cairn)).toEqual([]);
});
