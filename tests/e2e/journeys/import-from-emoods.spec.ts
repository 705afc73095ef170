import { writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { day } from '../seed';
import { E2E_SLOW_TEST } from '../../timeouts';
import { chooseByKeyboard, importFile, noAxeViolationsInImport } from './import-dialog';
import { openSummary, pdfText, savePdf } from './pdf';
import { storedOfKind } from './stored-records';

test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/** An eMoods export: one row a day, severities, hours of sleep, a note. */
function emoodsFile(): string {
  return [
    'DATE (YYYY-MM-DD),DEPRESSED,ELEVATED,IRRITABILITY,ANXIETY,SLEEP,WEIGHT,NOTES',
    `${day(0)},1,0,0,2,7.5,,"Slept well.\nWalked in the park."`,
    `${day(-1)},2,0,1,1,6,70.2,`,
    `${day(-2)},0,0,0,0,,,`,
    '2024-13-01,1,0,0,0,8,,',
  ].join('\n');
}

test('a person brings their eMoods history: sleep in hours, anxiety once they place it, the rest kept as written', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const file = testInfo.outputPath('emoods_export.csv');
  writeFileSync(file, emoodsFile());
  await page.setViewportSize({ width: 900, height: 650 });

  const dialog = await importFile(page, file, 'an eMoods export');
  // The file does not say what its severities mean, so each starts unrated.
  const two = dialog.getByRole('button', { name: /ANXIETY “2”/ });
  await expect(two).toContainText('Leave unrated');
  await expect(dialog.getByRole('region', { name: 'What will be imported' })).toContainText('2 check-ins');
  await chooseByKeyboard(page, two, '6 of 10');
  await chooseByKeyboard(page, dialog.getByRole('button', { name: /ANXIETY “1”/ }), '3 of 10');

  const preview = dialog.getByRole('region', { name: 'What will be imported' });
  await expect(preview).toContainText('2 check-ins');
  await expect(preview).toContainText('1 journal entry');
  await expect(preview).toContainText('2 lines left out');
  const skipped = dialog.getByRole('list', { name: 'Lines left out' });
  await expect(skipped).toContainText('Line 5 has no mood Cairn can use');
  await expect(skipped).toContainText('Line 6 has “2024-13-01”, which is not a date');
  const table = dialog.getByRole('grid');
  await expect(table).toContainText('Anxiety 6/10, Sleep 7.5 h');
  await expect(table).toContainText('Anxiety 3/10, Sleep 6 h');
  await noAxeViolationsInImport(page);
  await page.screenshot({ path: testInfo.outputPath('emoods-preview.png') });

  expect(await storedOfKind(page, 'journal.checkin')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 2 check-ins and 1 journal entry' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 2 check-ins and 1 journal entry from emoods_export.csv.');

  const checkins = await storedOfKind(page, 'journal.checkin');
  expect(checkins.map((c) => [c.date, c.sleepHours, c.anxiety, c.mood, c.import?.source, c.import?.sourceLabel]).sort()).toEqual(
    [
      [day(0), 7.5, 6, undefined, 'emoods', 'SLEEP 7.5; ANXIETY 2'],
      [day(-1), 6, 3, undefined, 'emoods', 'SLEEP 6; ANXIETY 1'],
    ].sort(),
  );
  expect(checkins.find((c) => c.date === day(-1))?.import?.raw).toEqual({ DEPRESSED: '2', ELEVATED: '0', IRRITABILITY: '1', ANXIETY: '1', SLEEP: '6', WEIGHT: '70.2' });
  const entries = await storedOfKind(page, 'journal.entry');
  expect(entries.map((e) => [e.date, e.body, e.import?.source])).toEqual([[day(0), 'Slept well.\nWalked in the park.', 'emoods']]);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: /^Check-in, / }).first()).toContainText('Imported from eMoods (“SLEEP 7.5; ANXIETY 2”)');
  await openSummary(page);
  const pdf = testInfo.outputPath('summary.pdf');
  await savePdf(cairn, pdf);
  expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('2 of these 2 days were imported from eMoods.');

  // The same file again, mapped the same way, adds nothing.
  const again = await importFile(page, file, 'an eMoods export');
  await chooseByKeyboard(page, again.getByRole('button', { name: /ANXIETY “2”/ }), '6 of 10');
  await chooseByKeyboard(page, again.getByRole('button', { name: /ANXIETY “1”/ }), '3 of 10');
  // Two source rows: each made a check-in, and the first its journal entry too.
  await expect(again.getByRole('region', { name: 'What will be imported' })).toContainText('2 rows already imported earlier (added again: none)');
  await expect(again.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await storedOfKind(page, 'journal.checkin')).toHaveLength(2);
});
