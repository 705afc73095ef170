import { axeScan } from '../axe';
import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord } from '../../../src/shared/domain';
import { formatTime } from '../../../src/shared/time/format';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { storedRecords } from './stored-medications';
import { expectDate, fillDate, whenField } from '../dates';

/*
 * Issue 19, point 1: a person and their prescriber agree a taper of sertraline
 * from 100 mg, down 20 % of the dose before every 2 weeks, to 50 mg. They have
 * 50 mg tablets and 25 mg tablets that can be split. The builder rounds each
 * step to what those make (80 → 75, 60 → 62.5, then the target), shows every
 * step with its date, and saves them as plans, never as the current dose.
 */
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const t = (hhmm: string) => formatTime(hhmm);
const FIRST = day(7);
const STEPS = [
  [day(7), '75 mg'],
  [day(21), '62.5 mg'],
  [day(35), '50 mg'],
] as const;

test('a 3-step percentage taper rounded to the tablets a person has is previewed, saved as plans and printed as plans', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const sertraline = anyRecord.parse({
    id: 'med-sertraline', createdAt: stamp(), updatedAt: stamp(), kind: 'med.medication', name: 'Sertraline', class: 'SSRI',
    form: 'tablet', unit: 'mg', prescriber: 'Dr Okafor', reason: '', supply: null, trackedFrom: day(-60),
    steps: [{ id: 's1', type: 'start', date: day(-60), amount: 100, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' }],
  });
  await seedRecords(page, [sertraline]);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+2');
  await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Medications', exact: true }).click();
  await page.getByRole('link', { name: 'Sertraline' }).click();

  // Keyboard only, from the plan's button to the preview.
  await page.getByRole('button', { name: 'Build a taper or titration' }).focus();
  await page.keyboard.press('Enter');
  const builder = page.getByRole('region', { name: 'Build a taper or titration' });
  await expect(builder).toContainText('the plan you and your prescriber agreed');
  await expect(builder).toContainText(`Starting from 100 mg at ${t('08:00')} (your current dose).`);
  // Nothing about the plan is filled in for the person.
  for (const field of ['Target dose per dose time (mg)', 'Change per step (mg)', 'Time between steps']) {
    await expect(builder.getByLabel(field)).toHaveValue('');
  }
  await expectDate(whenField(builder, 'Date of the first step'), '');
  await builder.getByLabel('Target dose per dose time (mg)').focus();
  await page.keyboard.type('50');
  await page.keyboard.press('Tab');
  // The radio group takes focus on its selected option; arrows move the choice.
  await expect(builder.getByRole('radio', { name: 'By a fixed amount' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(builder.getByRole('radio', { name: 'By a percentage of the dose before' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(builder.getByLabel('Change per step (%)')).toBeFocused();
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await expect(builder.getByRole('radio', { name: 'Weeks' })).toBeChecked();
  await fillDate(whenField(builder, 'Date of the first step'), FIRST);
  await builder.getByLabel('Strength 1 (mg)').fill('50');
  await builder.getByRole('button', { name: 'Add another strength' }).focus();
  await page.keyboard.press('Enter');
  await builder.getByLabel('Strength 2 (mg)').fill('25');
  await builder.getByRole('checkbox', { name: 'Can be split in half' }).nth(1).focus();
  await page.keyboard.press('Space');
  await expect(builder.getByRole('checkbox', { name: 'Can be split in half' }).nth(1)).toBeChecked();
  await expect(builder.getByRole('checkbox', { name: 'Can be split in half' }).nth(0)).not.toBeChecked();
  await builder.getByLabel('Reason for each step (optional)').fill('Taper agreed at review');
  await builder.getByRole('button', { name: 'Preview the steps' }).focus();
  await page.keyboard.press('Enter');

  // Every step with its date and how it is made up, before anything is saved.
  const preview = builder.getByRole('list', { name: 'Preview of the steps' }).getByRole('listitem');
  await expect(preview).toHaveCount(3);
  await expect(preview.nth(0)).toHaveText(`${formatDay(day(7))}: 75 mg at ${t('08:00')} · 1 × 50 mg and 1 × 25 mg · worked out as 80 mg, rounded to what you have`);
  await expect(preview.nth(1)).toHaveText(`${formatDay(day(21))}: 62.5 mg at ${t('08:00')} · 1 × 50 mg and 1 × half of 25 mg · worked out as 60 mg, rounded to what you have`);
  await expect(preview.nth(2)).toHaveText(`${formatDay(day(35))}: 50 mg at ${t('08:00')} · 1 × 50 mg`);
  expect((await storedRecords(page, 'med.medication'))[0]!.steps).toHaveLength(1);
  const axe = await axeScan(page, { include: '.meds-taper' });
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('taper-preview.png'), fullPage: true });

  // An edit after the preview takes it away: only what was last previewed can be saved.
  await builder.getByLabel('Change per step (%)').fill('25');
  await expect(preview).toHaveCount(0);
  await expect(builder.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await builder.getByLabel('Change per step (%)').fill('20');
  await builder.getByRole('button', { name: 'Preview the steps' }).click();
  await expect(preview).toHaveCount(3);

  await builder.getByRole('button', { name: 'Save 3 planned steps' }).click();
  await expect(builder).toHaveCount(0);
  const plans = page.getByRole('list', { name: 'Planned steps' }).getByRole('listitem');
  await expect(plans).toHaveCount(3);
  for (const [i, [date, dose]] of STEPS.entries()) {
    await expect(plans.nth(i)).toContainText(`Planned: decrease to ${dose} at ${t('08:00')} on ${formatDay(date)}`);
  }
  // Still 100 mg today: a plan is not the current dose.
  await expect(page.getByLabel('Current step')).toContainText('100 mg');

  // Stored as unconfirmed plans with the schedule they start from.
  const [stored] = await storedRecords(page, 'med.medication');
  expect(stored!.steps.map((s) => [s.date, s.type, s.amount, s.planned === true, s.reason])).toEqual([
    [day(-60), 'start', 100, false, ''],
    [day(7), 'decrease', 75, true, 'Taper agreed at review'],
    [day(21), 'decrease', 62.5, true, 'Taper agreed at review'],
    [day(35), 'decrease', 50, true, 'Taper agreed at review'],
  ]);
  expect(stored!.steps.slice(1).every((s) => s.schedule?.kind === 'times' && s.schedule.times.join() === '08:00')).toBe(true);

  // The summary prints them as plans, never as changes that happened.
  await page.keyboard.press('Control+6');
  const meds = page.getByRole('article', { name: 'Summary preview, with its page breaks' }).getByRole('region', { name: 'Medications and changes' });
  for (const [date, dose] of STEPS) await expect(meds).toContainText(`Planned: decrease to ${dose} at ${t('08:00')} on ${formatDay(date)}`);
  await expect(meds).not.toContainText('Decreased');
  expect(foreignRequests(cairn)).toEqual([]);
});
