import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { unlockToShell } from '../steps';
import { storedRecords } from './stored-medications';
import { formatTime } from '../../../src/shared/time/format';
import { E2E_SLOW_STEP } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Clock times as the app writes them in the browser's locale.
const t = (hhmm: string) => formatTime(hhmm);

/*
 * Issue 25, point 1: a planned step becomes the dose only when the person
 * confirms it ("Decreased to 10 mg on …? Yes / Not yet / Different dose").
 * Until then it stays a plan in the regimen, the doses of the day, adherence
 * and the summary.
 */
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const at = (time: string) => ({ kind: 'times' as const, times: [time] });

function records(): AnyRecord[] {
  const sertraline = {
    ...meta('med-sertraline'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
    prescriber: '', reason: '', supply: null, trackedFrom: day(-30),
    steps: [
      { id: 's1', type: 'start', date: day(-30), amount: 20, schedule: at('08:00'), reason: '', checkIn: '' },
      { id: 's2', type: 'decrease', date: day(-1), amount: 10, schedule: at('08:00'), reason: 'Taper', checkIn: '', planned: true },
    ],
  };
  const quetiapine = {
    ...meta('med-quetiapine'), kind: 'med.medication', name: 'Quetiapine', class: 'antipsychotic', form: 'tablet', unit: 'mg',
    prescriber: '', reason: '', supply: null, trackedFrom: day(-20),
    steps: [
      { id: 'q1', type: 'start', date: day(-20), amount: 50, schedule: at('21:00'), reason: '', checkIn: '' },
      { id: 'q2', type: 'increase', date: day(-2), amount: 100, schedule: at('21:00'), reason: '', checkIn: '', planned: true },
    ],
  };
  return [sertraline, quetiapine].map((r) => anyRecord.parse(r));
}

const question = (page: Page, text: string) => page.getByRole('group', { name: text });

test('a plan whose day has come is asked about, and stays a plan until confirmed', async ({ cairn }, testInfo) => {
  test.slow();
  const { page } = cairn;
  await seedRecords(page, records());
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+2');

  // Today's doses follow what was confirmed: still 20 mg, and the question is asked.
  const sertraline = `Sertraline: Decreased to 10 mg on ${formatDay(day(-1))}?`;
  const quetiapine = `Quetiapine: Increased to 100 mg on ${formatDay(day(-2))}?`;
  await expect(page.getByRole('region', { name: 'Planned changes to confirm' })).toContainText(sertraline);
  await expect(page.getByRole('list', { name: 'Today’s doses' })).toContainText('20 mg');
  await page.screenshot({ path: testInfo.outputPath('confirm-question.png'), fullPage: true });

  // Unconfirmed, the plan is printed as a plan and not as a change.
  await page.keyboard.press('Control+6');
  const medsSection = page.getByRole('article', { name: 'Summary preview, with its page breaks' }).getByRole('region', { name: 'Medications and changes' });
  await expect(medsSection).toContainText(`Planned: decrease to 10 mg at ${t('08:00')} on ${formatDay(day(-1))}`);
  await expect(medsSection).not.toContainText('Decreased: 10 mg');
  await expect(medsSection).toContainText(`20 mg at ${t('08:00')}`);

  // "Not yet" keeps the plan; "Yes" makes it the dose from its date.
  await page.keyboard.press('Control+2');
  await question(page, sertraline).getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByText(sertraline)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Today’s doses' })).toContainText('20 mg');
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+2');
  await question(page, sertraline).getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText(sertraline)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Today’s doses' }).getByRole('listitem').filter({ hasText: 'Sertraline' })).toContainText('10 mg');

  // "Different dose": what was taken replaces the plan (75 mg, not the planned 100 mg).
  await question(page, quetiapine).getByRole('button', { name: 'Different dose' }).click();
  const form = page.getByRole('form', { name: 'What you took instead' });
  await form.getByLabel('Amount per dose (mg)').fill('75');
  await form.getByRole('button', { name: 'Save change' }).click();
  await expect(page.getByRole('region', { name: 'Planned changes to confirm' })).toHaveCount(0);

  await page.keyboard.press('Control+6');
  await expect(medsSection).toContainText(`Decreased: 10 mg at ${t('08:00')} (Taper)`);
  await expect(medsSection).toContainText(`Increased: 75 mg at ${t('21:00')}`);
  await expect(medsSection).not.toContainText('100 mg');
  const pdf = testInfo.outputPath('confirmed-summary.pdf');
  cairn.harness!.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${pdf}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(printed).toContain(`Decreased: 10 mg at ${t('08:00')}`);
  expect(printed).toContain(`Increased: 75 mg at ${t('21:00')}`);
  expect(printed).not.toContain('Planned:');

  // Stored after a restart: the confirmed step is history, the replaced plan is gone.
  await cairn.restart();
  await unlockToShell(cairn.page);
  const meds = await storedRecords(cairn.page, 'med.medication');
  const steps = (name: string) =>
    meds.find((m) => m.name === name)!.steps.map((s) => [s.date, s.amount, s.planned === true]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  expect(steps('Sertraline')).toEqual([
    [day(-30), 20, false],
    [day(-1), 10, false],
  ]);
  expect(steps('Quetiapine')).toEqual([
    [day(-20), 50, false],
    [day(-2), 75, false],
  ]);
  expect(foreignRequests(cairn)).toEqual([]);
});
