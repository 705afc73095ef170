import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { formatDay } from '../../../src/shared/clinical/summary';
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
 * Issue 15, journey 3: a person enters sertraline (and lamotrigine) with the
 * real start date six weeks ago. Nothing before the day they start tracking
 * counts as missed; they log the last few days afterwards from a day picker,
 * a whole 08:00 slot at once, change one answer, and the rate, the supply and
 * the printed summary all read the same logged doses.
 */
const views = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name, exact: true }).click();

async function addMedication(page: Page, name: string, dose: string) {
  await views(page, 'Medications');
  await page.getByRole('button', { name: 'Add a medication' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await fillDate(whenField(page, 'Start date'), day(-42));
  await page.getByLabel(/^(Amount per dose|Dose) \(mg\)$/).fill(dose);
  await fillTime(whenField(page, 'Dose time 1'), '08:00');
  await page.getByRole('button', { name: 'Add medication' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function trackFrom(page: Page, name: string, from: string) {
  await views(page, 'Medications');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await fillDate(whenField(page, 'Tracking doses since'), from);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText(formatDay(from), { exact: true })).toBeVisible();
}

const periodRow = (page: Page, name: string) =>
  page.getByRole('grid', { name: 'Adherence for the chosen period' }).getByRole('row', { name: new RegExp(`^${name}`) });

test('starting mid-treatment: nothing missed before tracking, past days logged from a picker, one count everywhere', async ({ cairn }, testInfo) => {
  test.slow();
  const { page } = cairn;
  await page.keyboard.press('Control+2');
  await addMedication(page, 'Sertraline', '100');
  // Tracking starts the day the medication is entered, not six weeks ago.
  await expect(page.getByRole('article')).toContainText(`Tracking doses since${formatDay(day(0))}`);
  await addMedication(page, 'Lamotrigine', '50');

  // Six weeks of unlogged history are not 42 missed doses: no rate, nothing "not logged".
  await views(page, 'Adherence');
  await expect(periodRow(page, 'Sertraline')).toHaveText(/^Sertraline\s*0 of 0\s*—\s*0\s*0\s*0$/);

  // They decide to fill in the last three days: tracking moves back, and the day picker reaches them.
  await trackFrom(page, 'Sertraline', day(-3));
  await trackFrom(page, 'Lamotrigine', day(-3));
  await views(page, 'Today');
  const pick = async (offset: number) => {
    await fillDate(whenField(page, 'Day'), day(offset));
    return page.getByRole('list', { name: `Doses on ${formatDay(day(offset))}` });
  };
  // Three days ago: both 08:00 doses at once.
  let list = await pick(-3);
  await page.getByRole('button', { name: `Take all ${t('08:00')} ${formatDay(day(-3))} (2 doses)` }).click();
  await expect(list.getByText(`Taken at ${t('08:00')}`)).toHaveCount(2);
  // Two days ago: sertraline forgotten; lamotrigine first logged taken, then corrected to skipped because it ran out.
  list = await pick(-2);
  const two = formatDay(day(-2));
  await page.getByRole('button', { name: `Skip: Sertraline ${t('08:00')} ${two}` }).click();
  await choose(page, `Why was Sertraline ${t('08:00')} ${two} skipped`, 'forgot');
  await page.getByRole('button', { name: `Save skip: Sertraline ${t('08:00')} ${two}` }).click();
  await fillTime(whenField(page, `Time taken for Lamotrigine ${t('08:00')} ${two}`), '09:15');
  await page.getByRole('button', { name: `Taken: Lamotrigine ${t('08:00')} ${two}` }).click();
  await expect(list.getByText(`Taken at ${t('09:15')}`)).toBeVisible();
  await page.getByRole('button', { name: `Change the answer for Lamotrigine ${t('08:00')} ${two}` }).click();
  await page.getByRole('button', { name: `Skip: Lamotrigine ${t('08:00')} ${two}` }).click();
  await choose(page, `Why was Lamotrigine ${t('08:00')} ${two} skipped`, 'ran out');
  await page.getByRole('button', { name: `Save skip: Lamotrigine ${t('08:00')} ${two}` }).click();
  await expect(list.getByText('Skipped: forgot')).toBeVisible();
  await expect(list.getByText('Skipped: ran out')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('mid-treatment-day-picker.png'), fullPage: true });
  // Yesterday stays blank: not logged, never "missed".

  // Adherence: over logged doses, with the blanks apart.
  await views(page, 'Adherence');
  await expect(periodRow(page, 'Sertraline')).toHaveText(/^Sertraline\s*1 of 2\s*50%\s*1\s*1 \(forgot 1\)\s*0$/);
  await expect(periodRow(page, 'Lamotrigine')).toHaveText(/^Lamotrigine\s*1 of 2\s*50%\s*1\s*1 \(ran out 1\)\s*0$/);

  // Supply from the same logged doses: one taken since the refill, one not logged and not assumed taken.
  await views(page, 'Medications');
  await page.getByRole('link', { name: 'Sertraline' }).click();
  await page.getByRole('button', { name: 'Track supply' }).click();
  await page.getByLabel('Number of tablets at the refill').fill('30');
  await fillDate(whenField(page, 'Refill date'), day(-3));
  await page.getByLabel('mg in one of the tablets').fill('100');
  await page.getByRole('button', { name: 'Save supply' }).click();
  await expect(page.getByRole('main').getByText(/^Supply:/)).toHaveText(
    /^Supply: about 29 days left \(about 29 tablets; runs out around \S+\)\. 1 dose since the refill is not logged; if taken, about 28 tablets are left\.$/,
  );

  // The printed summary says the same.
  await page.keyboard.press('Control+6');
  const pdf = testInfo.outputPath('mid-treatment-summary.pdf');
  cairn.harness!.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${pdf}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(printed).toMatch(/Sertraline\s+taken 1 of 2 logged\s+50%\s+1\s+1/);
  expect(printed).toContain('forgot 1');
  expect(printed).toContain('ran out 1');
  expect(printed).not.toMatch(/missed/i);

  // After a restart: the tracking dates and exactly the four answers are stored.
  await cairn.restart();
  await unlockToShell(cairn.page);
  const meds = await storedRecords(cairn.page, 'med.medication');
  expect(meds.map((m) => [m.name, m.trackedFrom]).sort()).toEqual([
    ['Lamotrigine', day(-3)],
    ['Sertraline', day(-3)],
  ]);
  const nameOf = (id: string) => meds.find((m) => m.id === id)?.name;
  const doses = await storedRecords(cairn.page, 'med.dose');
  expect(doses.map((d) => [nameOf(d.medicationId), d.date, d.status, d.takenAt, d.skipReason ?? null]).sort()).toEqual([
    ['Lamotrigine', day(-3), 'taken', '08:00', null],
    ['Lamotrigine', day(-2), 'skipped', null, 'ran out'],
    ['Sertraline', day(-3), 'taken', '08:00', null],
    ['Sertraline', day(-2), 'skipped', null, 'forgot'],
  ]);
  expect(foreignRequests(cairn)).toEqual([]);
});
