import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { expect, foreignRequests, test } from '../fixtures';
import { kitSelect, optionsOf } from '../kit-select';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { unlockToShell } from '../steps';
import { storedRecords } from './stored-medications';
import { formatTime } from '../../../src/shared/time/format';
import { E2E_SLOW_STEP } from '../../timeouts';
import { fillDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Clock times as the app writes them in the browser's locale.
const t = (hhmm: string) => formatTime(hhmm);

/*
 * Issue 15, journey 2: a person six weeks into sertraline (50 mg from six weeks
 * ago, 100 mg for the last two) plans a taper step with the prescriber for
 * about five months ahead. A plan is the future: "Since the change" opens on
 * the last change that happened, the plan is written in the future tense on
 * screen and on paper, and the header says both how long they have been
 * taking it and since when at this dose.
 */
const START = day(-42);
const INCREASE = day(-14);
const PLAN = day(150);

function sixWeeks(): AnyRecord[] {
  const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
  const times = { kind: 'times' as const, times: ['08:00'] };
  const sertraline = {
    ...meta('med-sertraline'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
    prescriber: 'Dr Okafor', reason: '', supply: null,
    steps: [
      { id: 's1', type: 'start', date: START, amount: 50, schedule: times, reason: '', checkIn: '' },
      { id: 's2', type: 'increase', date: INCREASE, amount: 100, schedule: times, reason: 'Agreed at review', checkIn: '' },
    ],
  };
  // Mood 4 before the increase, 6 from it on: one check-in a day.
  const checkins = Array.from({ length: 43 }, (_, i) => -42 + i).map((k) => ({
    ...meta(`checkin-${day(k)}`), kind: 'journal.checkin', date: day(k), mood: k < -14 ? 4 : 6, anxiety: 5, sleepHours: 7, energy: 5,
    triggers: [], coping: [], tags: [], note: '',
  }));
  return [sertraline, ...checkins].map((r) => anyRecord.parse(r));
}

const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-']).toString();

async function openSertraline(page: Page) {
  await page.keyboard.press('Control+2');
  await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Medications', exact: true }).click();
  await page.getByRole('link', { name: 'Sertraline' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sertraline' })).toBeVisible();
}

test('a planned taper step stays in the future on the medication page, in Insights and on the summary', async ({ cairn }, testInfo) => {
  test.slow();
  const { page } = cairn;
  await seedRecords(page, sixWeeks());
  await reloadAndUnlock(page);

  // The prescriber and the person agree a step down to 50 mg in about five months.
  await openSertraline(page);
  await page.getByRole('button', { name: 'Add a planned step' }).click();
  await fillDate(whenField(page, 'Planned date'), PLAN);
  await page.getByLabel(/^(Amount per dose|Dose) \(mg\)$/).fill('50');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  const planned = `Planned: decrease to 50 mg at ${t('08:00')} on ${formatDay(PLAN)}`;
  await expect(page.getByRole('list', { name: 'Planned steps' })).toContainText(planned);
  // The header: how long on it, and since when at this dose.
  const header = page.getByRole('article').locator('p').first();
  await expect(header).toContainText(`taking since ${formatDay(START)}`);
  await expect(header).toContainText(`100 mg at ${t('08:00')} since ${formatDay(INCREASE)}`);
  // The change history beside side effects lists what happened only.
  const timeline = page.getByRole('list', { name: 'Side effects and dose changes' });
  await expect(timeline).not.toContainText(`50 mg at ${t('08:00')} on`);
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('plan-detail.png'), fullPage: true });

  // Insights → Since the change opens on the increase, the latest change on or before today.
  await page.keyboard.press('Control+5');
  await page.getByRole('tab', { name: 'Since the change' }).click();
  await expect(kitSelect(page, 'Event')).toContainText(`${formatDay(INCREASE)}: Sertraline — Increased: 100 mg at ${t('08:00')}`);
  const events = await optionsOf(page, 'Event');
  expect(events).toContain(`${formatDay(INCREASE)}: Sertraline — Increased: 100 mg at ${t('08:00')}`);
  expect(events.filter((e) => e.includes(formatDay(PLAN)))).toEqual([]);
  const table = page.getByRole('grid', { name: /Averages 4 weeks before and after/ });
  await expect(table.getByRole('columnheader').nth(2)).toHaveText(`After (${formatDay(INCREASE)} – ${formatDay(day(0))})`);
  await expect(table.getByRole('row', { name: /^Mood/ }).getByRole('gridcell').nth(1)).toHaveText('6 (15 check-ins in 15 days)');
  await page.screenshot({ path: testInfo.outputPath('plan-since-change.png'), fullPage: true });

  // The summary: the increase is a change in this period; the plan is printed as a plan, never as "Decreased".
  await page.keyboard.press('Control+6');
  const preview = page.getByRole('article', { name: 'Summary preview, with its page breaks' });
  const medsTable = preview.getByRole('region', { name: 'Medications and changes' });
  await expect(medsTable).toContainText(`Increased: 100 mg at ${t('08:00')} (Agreed at review)`);
  await expect(medsTable).toContainText(planned);
  await expect(medsTable).not.toContainText('Decreased');
  await expect(medsTable).toContainText(`taking since ${formatDay(START)}`);
  const pdf = testInfo.outputPath('plan-summary.pdf');
  cairn.harness!.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${pdf}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
  const printed = pdfText(pdf).replace(/\s+/g, ' ');
  expect(printed).toContain(planned);
  expect(printed).toContain(`Increased: 100 mg at ${t('08:00')}`);
  expect(printed).not.toContain('Decreased');

  // After a restart the plan is stored as an unconfirmed plan, and the history as it happened.
  await cairn.restart();
  await unlockToShell(cairn.page);
  const [stored] = await storedRecords(cairn.page, 'med.medication');
  expect(stored!.steps.map((s) => [s.date, s.type, s.amount, s.planned === true])).toEqual([
    [START, 'start', 50, false],
    [INCREASE, 'increase', 100, false],
    [PLAN, 'decrease', 50, true],
  ]);
  await openSertraline(cairn.page);
  await expect(cairn.page.getByLabel('Current step')).toHaveText(`Increased: 100 mg at ${t('08:00')} (since ${formatDay(INCREASE)})`);
  await expect(cairn.page.getByLabel('Next step')).toHaveText(`${planned} (in 150 days)`);
  expect(foreignRequests(cairn)).toEqual([]);
});
