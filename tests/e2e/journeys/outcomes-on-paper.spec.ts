import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { unlockToShell } from '../steps';
import { openSummary, pdfText, savePdf } from './pdf';
import { E2E_LONG_TEST } from '../../timeouts';
import { fillDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });

/** A PHQ-9 from 4 to 2 (below caseness), a GAD-7 from 12 to 7 with a repeat within 14 days, and two side effects. */
function records(): AnyRecord[] {
  return [
    { ...meta('phq9-a'), kind: 'assessment.phq9', date: day(-20), answers: [1, 1, 1, 1, 0, 0, 0, 0, 0], difficulty: 1 },
    { ...meta('phq9-b'), kind: 'assessment.phq9', date: day(-2), answers: [1, 1, 0, 0, 0, 0, 0, 0, 0] },
    { ...meta('gad7-a'), kind: 'assessment.gad7', date: day(-20), answers: [2, 2, 2, 2, 2, 1, 1] },
    { ...meta('gad7-b'), kind: 'assessment.gad7', date: day(-10), answers: [2, 2, 1, 1, 1, 1, 1] },
    { ...meta('gad7-c'), kind: 'assessment.gad7', date: day(-4), answers: [1, 1, 1, 1, 1, 1, 1], difficulty: 2 },
    { ...meta('se-1'), kind: 'med.sideEffect', date: day(-12), symptom: 'Nausea', severity: 2, medicationId: null, note: '' },
    { ...meta('se-2'), kind: 'med.sideEffect', date: day(-11), symptom: 'Headache', severity: 1, medicationId: null, note: '' },
  ].map((r) => anyRecord.parse(r));
}

test('outcomes on paper: no response or remission below caseness, reliable change, labelled baselines and repeats, difficulty beside the total, left-out sections said so', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await seedRecords(page, records());
  await reloadAndUnlock(page);

  // On screen: facts about the numbers, and why response and remission are not given.
  await page.keyboard.press('Control+4');
  const phq = page.getByRole('region', { name: 'PHQ-9 history' });
  const fact = (term: string) => phq.locator('dt', { hasText: new RegExp(`^${term}`) }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Response')).toHaveText('Not applicable (baseline below 10)');
  await expect(fact('Remission')).toHaveText('Not applicable (baseline below 10)');
  await expect(fact('Baseline')).toContainText('(first in this period, not marked as a baseline)');
  await expect(fact('Change')).toContainText('Within the usual variation of the questionnaire');
  const gad = page.getByRole('region', { name: 'GAD-7 history' });
  await expect(gad.getByRole('row').nth(1)).toContainText('Within 14 days of the previous one');
  // GAD-7 offers the optional difficulty question too.
  await page.getByRole('link', { name: 'Take the GAD-7' }).click();
  await expect(page.getByRole('radiogroup', { name: /^If you checked off any problems/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to check-ins' }).click();

  // Mark the first GAD-7 as the start of treatment; after a restart the mark is still stored.
  await gad.getByRole('button', { name: `Mark GAD-7 of ${formatDay(day(-20))} as baseline` }).click();
  await expect(gad.locator('dt', { hasText: /^Baseline/ }).locator('xpath=following-sibling::dd[1]')).toContainText('(marked by you as the start of treatment)');
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);

  await openSummary(page);
  await fillDate(whenField(page, 'From'), day(-27));
  // Leave out every side effect: the section must say so, not "none recorded".
  // A kit tick box keeps its own input visually hidden: press the label, as a person does.
  await page.getByText('Leave out “Nausea”', { exact: true }).click();
  await page.getByText('Leave out “Headache”', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Leave out “Headache”' })).toBeChecked();
  const preview = page.getByRole('article', { name: /^Summary preview/ });
  await expect(preview).toContainText('Left out by you (2 items).');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('summary-outcomes-light.png'), fullPage: true });

  const pdf = testInfo.outputPath('outcomes.pdf');
  await savePdf(cairn, pdf);
  const layout = pdfText(pdf).replace(/\s+/g, ' ');
  const text = pdfText(pdf, undefined, 'raw').replace(/\s+/g, ' ');
  expect(text).not.toContain('No side effect recorded in this period');
  expect(text).toContain('Left out by you (2 items).');
  // PHQ-9 4 → 2: never "Response: Yes / Remission: Yes".
  expect(layout).toMatch(/PHQ-9 4 minimal 2 minimal −2 points \(−50%\) Not applicable Not applicable/);
  expect(text.split('Not applicable (baseline below 10)').length - 1).toBe(2);
  expect(text).not.toMatch(/\bYes\b/);
  expect(text).toContain('Within the usual variation of the questionnaire (a change of less than 6 points)');
  expect(text).toContain('first in this period (not marked)');
  expect(text).toContain('difficulty: somewhat difficult (not scored)');
  // GAD-7 12 → 7 from a marked baseline at caseness: a reliable fall of 4 or more, no response (under 50%).
  expect(text).toContain('marked as start of treatment');
  expect(text).toContain('Reliable change: the total fell by 4 points or more');
  expect(layout).toMatch(/GAD-7 12 moderate 7 mild −5 points \(−42%\) No No/);
  expect(text).toContain('repeat within 14 days');
  expect(text).toContain('(very difficult)');
  expect(foreignRequests(cairn)).toEqual([]);
});
