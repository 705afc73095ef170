import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, foreignRequests, test } from '../fixtures';
import { day } from '../seed';
import { unlockToShell } from '../steps';
import { storedRecords } from './stored-medications';
import { formatTime } from '../../../src/shared/time/format';
import { E2E_SLOW_STEP } from '../../timeouts';
import { fillDate, fillTime, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Clock times as the app writes them in the browser's locale.
const t = (hhmm: string) => formatTime(hhmm);

/** A kit Select (a button that opens a list; its name ends with its label): open it, pick the option. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/*
 * Issue 25, points 2 and 3: an amount is per dose time and the total per day
 * shows on screen and on paper; unit doses keep their strength; whether a
 * change went up or down follows from the numbers, and a new schedule at the
 * same total never reads as a switch of medicine.
 */
const views = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name, exact: true }).click();

test('per dose and per day: totals on screen and paper, direction from the numbers, unit doses with their strength', async ({ cairn }, testInfo) => {
  test.slow();
  const { page } = cairn;
  await page.keyboard.press('Control+2');

  // 20 mg morning and evening: the form says the amount is per dose and works out the day's total.
  await views(page, 'Medications');
  await page.getByRole('button', { name: 'Add a medication' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Quetiapine');
  await choose(page, 'Class', 'antipsychotic');
  await fillDate(whenField(page, 'Start date'), day(-10));
  await page.getByLabel('Amount per dose (mg)').fill('20');
  await fillTime(whenField(page, 'Dose time 1'), '08:00');
  await page.getByRole('button', { name: 'Add a time' }).click();
  await fillTime(whenField(page, 'Dose time 2'), '20:00');
  await expect(page.getByText('Total: 20 mg × 2 = 40 mg/day')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('per-dose-form.png'), fullPage: true });
  await page.getByRole('button', { name: 'Add medication' }).click();
  await expect(page.getByRole('article').locator('p').first()).toContainText(`20 mg at ${t('08:00')} and ${t('20:00')} (20 mg × 2 = 40 mg/day)`);

  // Five days ago: 60 mg once a day. No menu to pick a direction: 40 → 60 mg/day is an increase.
  await page.getByRole('button', { name: 'Change dose' }).click();
  let form = page.getByRole('form', { name: 'Change dose' });
  await fillDate(whenField(form, 'Date'), day(-5));
  await form.getByLabel('Amount per dose (mg)').fill('60');
  await form.getByRole('button', { name: 'Remove dose time 2' }).click();
  await expect(form.getByRole('status')).toContainText('This is an increase: 20 mg × 2 = 40 mg/day before, 60 mg/day');
  await form.getByRole('button', { name: 'Save change' }).click();
  const timeline = page.getByRole('list', { name: 'Side effects and dose changes' });
  await expect(timeline).toContainText(`Increased: 60 mg at ${t('08:00')}`);

  // Today: the same 60 mg split over two times. Not an increase, not a decrease, and not "Switched".
  await page.getByRole('button', { name: 'Change dose' }).click();
  form = page.getByRole('form', { name: 'Change dose' });
  await form.getByLabel('Amount per dose (mg)').fill('30');
  await form.getByRole('button', { name: 'Add a time' }).click();
  await fillTime(whenField(form, 'Dose time 2'), '20:00');
  await expect(form.getByRole('status')).toContainText('This is the same amount on a new schedule');
  await form.getByRole('button', { name: 'Save change' }).click();
  const split = `Schedule changed: 30 mg at ${t('08:00')} and ${t('20:00')} (30 mg × 2 = 60 mg/day)`;
  await expect(timeline).toContainText(split);
  await expect(timeline).not.toContainText('Switch');

  // A unit dose keeps its strength: 2 × 15 mg tablets at night.
  await views(page, 'Medications');
  await page.getByRole('button', { name: 'Add a medication' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Mirtazapine');
  await choose(page, 'Class', 'other antidepressant');
  await choose(page, 'Unit', 'tablets');
  await page.getByLabel('Strength of one of the tablets (optional)').fill('15');
  await fillDate(whenField(page, 'Start date'), day(-10));
  await page.getByLabel('Amount per dose (tablets)').fill('2');
  await fillTime(whenField(page, 'Dose time 1'), '21:00');
  await page.getByRole('button', { name: 'Add medication' }).click();
  const tablets = `2 × 15 mg tablets at ${t('21:00')} (30 mg/day)`;
  await expect(page.getByRole('article').locator('p').first()).toContainText(tablets);
  await page.screenshot({ path: testInfo.outputPath('per-dose-detail.png'), fullPage: true });

  // On paper: the same words and totals.
  await page.keyboard.press('Control+6');
  const pdf = testInfo.outputPath('per-dose-summary.pdf');
  cairn.harness!.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${pdf}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
  // Reading order (no -layout), so a cell wrapped over two lines reads as one phrase.
  const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const text of [`30 mg at ${t('08:00')} and ${t('20:00')} (30 mg × 2 = 60 mg/day)`, `Increased: 60 mg at ${t('08:00')}`, 'Schedule changed: 30 mg', tablets]) {
    expect(printed).toContain(text);
  }
  expect(printed).not.toContain('Switched');
  expect(printed).not.toContain('Decreased');

  // Stored: the derived types, and the strength of a tablet.
  await cairn.restart();
  await unlockToShell(cairn.page);
  const meds = await storedRecords(cairn.page, 'med.medication');
  const quetiapine = meds.find((m) => m.name === 'Quetiapine')!;
  expect(quetiapine.steps.map((s) => [s.type, s.date, s.amount])).toEqual([
    ['start', day(-10), 20],
    ['increase', day(-5), 60],
    ['switch', day(0), 30],
  ]);
  expect(meds.find((m) => m.name === 'Mirtazapine')?.pieceStrength).toEqual({ amount: 15, unit: 'mg' });
  expect(foreignRequests(cairn)).toEqual([]);
});
