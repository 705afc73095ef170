import type { Page } from '@playwright/test';
import { formatDate, formatTime } from '../../../src/shared/time/format';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';
import { fillDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 17 §3, Medications. A person on sertraline (50 mg from six weeks ago,
 * 100 mg for the last two) opens its page: the regimen is a step line with its
 * table twin, and the last week's doses a calendar picture beside the weekly
 * table. They add a planned step down to 50 mg; it is drawn dashed and listed
 * as a plan, and it is stored as an unconfirmed plan.
 */
const START = day(-42);
const INCREASE = day(-14);
const PLAN = day(20);
const t = (hhmm: string) => formatTime(hhmm);

function records(): AnyRecord[] {
  const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
  const times = { kind: 'times' as const, times: ['08:00'] };
  const dose = (offset: number, status: 'taken' | 'skipped') => ({
    ...meta(`dose:med-s:${day(offset)}:08:00`), kind: 'med.dose', date: day(offset), medicationId: 'med-s', time: '08:00', status,
    takenAt: status === 'taken' ? '08:10' : null, amount: null, reason: '', ...(status === 'skipped' ? { skipReason: 'forgot' } : {}),
  });
  return [
    {
      ...meta('med-s'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '', supply: null,
      trackedFrom: day(-7),
      steps: [
        { id: 's1', type: 'start', date: START, amount: 50, schedule: times, reason: '', checkIn: '' },
        { id: 's2', type: 'increase', date: INCREASE, amount: 100, schedule: times, reason: 'Agreed at review', checkIn: '' },
      ],
    },
    // A week: five taken, one skipped, one left blank (not logged, never "missed").
    ...[-7, -6, -5, -4, -2].map((o) => dose(o, 'taken')),
    dose(-3, 'skipped'),
  ].map((r) => anyRecord.parse(r));
}

async function openSertraline(page: Page) {
  await page.keyboard.press('Control+2');
  await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Medications', exact: true }).click();
  await page.getByRole('link', { name: 'Sertraline' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sertraline' })).toBeVisible();
}

test('the regimen as a step line with its table, adherence as a calendar with its table, a plan drawn dashed', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seedRecords(page, records());
  await reloadAndUnlock(page);
  await openSertraline(page);

  const regimen = page.getByRole('region', { name: 'Regimen over time' });
  await expect(regimen.getByRole('grid').getByRole('row')).toHaveText([
    'DateStepPer day',
    `${formatDate(START)}Started: 50 mg at ${t('08:00')}50 mg/day`,
    `${formatDate(INCREASE)}Increased: 100 mg at ${t('08:00')}100 mg/day`,
  ]);
  await expect(regimen.getByTestId('regimen-recorded')).toHaveAttribute('d', /^M[\d.]+,[\d.]+ H[\d.]+ M[\d.]+,[\d.]+ V[\d.]+ H[\d.]+$/);
  await expect(regimen.getByTestId('regimen-planned')).toHaveCount(0);

  // The calendar: each of the last days by what became of its dose; the weekly table has the same counts.
  const calendar = page.getByTestId('adherence-calendar');
  await expect(calendar.locator('[data-look="taken"]')).toHaveCount(5);
  await expect(calendar.locator('[data-look="skipped"]')).toHaveCount(1);
  await expect(calendar.locator('[data-look="blank"]')).toHaveCount(2);
  const weekly = page.getByRole('grid', { name: /Adherence by week/ });
  await expect(weekly).toBeVisible();

  // A plan agreed with the prescriber: dashed in the picture, a plan in the table, stored unconfirmed.
  await page.getByRole('button', { name: 'Add a planned step' }).click();
  await fillDate(whenField(page, 'Planned date'), PLAN);
  await page.getByLabel(/^(Amount per dose|Dose) \(mg\)$/).fill('50');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(regimen.getByRole('grid').getByRole('row').last()).toHaveText(
    `${formatDate(PLAN)}Planned: decrease to 50 mg at ${t('08:00')} on ${formatDate(PLAN)}50 mg/day`,
  );
  const dashed = regimen.getByTestId('regimen-planned');
  await expect(dashed).toHaveAttribute('d', /^M[\d.]+,[\d.]+ V[\d.]+ H[\d.]+$/);
  expect(await dashed.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
  const [stored] = await storedOfKind(page, 'med.medication');
  expect(stored!.steps.map((s) => [s.date, s.type, s.amount, s.planned ?? false])).toEqual([
    [START, 'start', 50, false],
    [INCREASE, 'increase', 100, false],
    [PLAN, 'decrease', 50, true],
  ]);

  expect(await axeProblems(page, '.meds-regimen')).toEqual([]);
  await page.setViewportSize({ width: 900, height: 650 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`regimen-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(foreignRequests(cairn)).toEqual([]);
});
