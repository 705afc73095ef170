import type { Page } from '@playwright/test';
import { formatDay } from '../../../src/shared/clinical/summary';
import { expect, foreignRequests, test } from '../fixtures';
import { day } from '../seed';
import { unlockToShell } from '../steps';
import { openSummary, pdfText, savePdf } from './pdf';
import { E2E_LONG_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

const item = (page: Page, n: number) => page.getByRole('radiogroup', { name: new RegExp(`^${n}\\. `) });
/** Presses the answer's label, as a person does (the radio's own input is visually hidden). */
const answer = async (page: Page, n: number, label: string) => {
  await item(page, n).getByText(label, { exact: true }).click();
  await expect(item(page, n).getByRole('radio', { name: label, exact: true })).toBeChecked();
};

test('correcting a PHQ-9 item-9 answer: what is stored and printed is the corrected answer; a draft can be resumed or discarded', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await page.keyboard.press('Control+4');
  await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, n, 'Several days');

  // The first answer above 0 is kept at once, and the safety screen opens.
  await answer(page, 9, 'Nearly every day');
  const safety = page.getByRole('dialog', { name: 'Your safety plan' });
  await expect(safety).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(safety).toBeHidden();

  // The person corrects it. The screen says "saved" only once the correction is stored.
  await answer(page, 9, 'Several days');
  await expect(page.getByRole('status').filter({ hasText: /^Saved as an unfinished PHQ-9 \(a draft\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Patient Health Questionnaire-9.*Draft/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('draft-form-light.png'), fullPage: true });

  // The window closes before the questionnaire is finished.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.keyboard.press('Control+4');

  // What was stored is what the screen showed: visibly a draft, with the corrected answer.
  const drafts = page.getByRole('region', { name: 'Unfinished' });
  await expect(drafts).toContainText(`PHQ-9 for ${formatDay(day(0))} — a draft, 9 of 9 answered`);
  await page.screenshot({ path: testInfo.outputPath('drafts-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('drafts-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  // A draft is not a score: the history has no PHQ-9 yet.
  await expect(page.getByRole('region', { name: 'PHQ-9 history' })).toContainText('No PHQ-9 in this period yet.');
  await drafts.getByRole('link', { name: 'Resume PHQ-9' }).click();
  await expect(item(page, 9).getByRole('radio', { name: 'Several days', exact: true })).toBeChecked();
  await expect(item(page, 1).getByRole('radio', { name: 'Several days', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Save PHQ-9' }).click();
  const result = page.getByRole('region', { name: /^PHQ-9 saved for/ });
  await expect(result.locator('[data-score-total]')).toHaveText('9');
  await page.getByRole('button', { name: 'Back to check-ins' }).click();
  await expect(page.getByRole('region', { name: 'Unfinished' })).toHaveCount(0);
  const row = page.getByRole('region', { name: 'PHQ-9 history' }).getByRole('row').nth(1);
  await expect(row.getByRole('gridcell').nth(2)).toHaveText('Several days');

  // A second one, left unfinished with item 9 above 0, then discarded: it asks once, and Undo brings it back.
  await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
  await answer(page, 9, 'More than half the days');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: /^Saved as an unfinished PHQ-9/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finish later' }).click();
  const unfinished = page.getByRole('region', { name: 'Unfinished' });
  await expect(unfinished).toContainText('1 of 9 answered');
  await unfinished.getByRole('button', { name: 'Discard PHQ-9 draft' }).click();
  await expect(unfinished).toContainText('Your answer to item 9, “More than half the days”, will be deleted with it');
  await expect(unfinished.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await unfinished.getByRole('button', { name: 'Discard PHQ-9', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Unfinished' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Unfinished' })).toContainText('1 of 9 answered');
  await page.getByRole('region', { name: 'Unfinished' }).getByRole('button', { name: 'Discard PHQ-9 draft' }).click();
  await page.getByRole('button', { name: 'Discard PHQ-9', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Unfinished' })).toHaveCount(0);

  // After a restart the stored records are the final ones: one PHQ-9, no draft.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('region', { name: 'Unfinished' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'PHQ-9 history' }).getByRole('row')).toHaveCount(2);

  // The summary's item-9 box prints the final answer, not the first one.
  await openSummary(page);
  const flag = page.getByRole('note', { name: 'Safety item' });
  await expect(flag).toContainText('PHQ-9 item 9: 1 — Several days');
  await expect(flag).not.toContainText('Nearly every day');
  const pdf = testInfo.outputPath('summary.pdf');
  await savePdf(cairn, pdf);
  const text = pdfText(pdf, 1);
  expect(text).toContain('PHQ-9 item 9: 1 — Several days');
  expect(text).not.toContain('Nearly every day');
  expect(text).not.toContain('More than half the days');
  expect(foreignRequests(cairn)).toEqual([]);
});
