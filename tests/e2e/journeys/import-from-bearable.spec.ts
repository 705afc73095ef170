import { writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { day } from '../seed';
import { E2E_SLOW_TEST } from '../../timeouts';
import { chooseByKeyboard, importFile, noAxeViolationsInImport } from './import-dialog';
import { openSummary, pdfText, savePdf } from './pdf';
import { storedOfKind } from './stored-records';

test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
/** "22nd Sep 2020", as Bearable writes a day. */
const bearableDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${ordinal(d!)} ${MONTHS[m! - 1]} ${y}`;
};

/** A Bearable export (long: one row per item), dated around today so Today and the summary show it. */
function bearableFile(): string {
  const row = (iso: string, time: string, category: string, amount: string, detail: string, notes = '') =>
    [bearableDay(iso), 'x', time, category, amount, detail, notes].map((c) => `"${c}"`).join(',');
  return [
    'date,weekday,time of day,category,rating/amount,detail,notes',
    row(day(0), '09:10', 'Mood', '4', 'Tired'),
    row(day(0), '21:30', 'Mood', '7', 'Calm', 'Dinner with my sister.'),
    row(day(0), '21:31', 'Energy', '3', ''),
    row(day(0), 'all day', 'Factors', '', 'Walk | With family'),
    row(day(0), 'pm', 'Symptom', '1', 'Anxiety (Mild)'),
    row(day(-1), '20:00', 'Mood', '5', ''),
    row(day(-1), 'all day', 'Factors', '', 'Work'),
    row(day(-2), 'am', 'Symptom', '2', 'Headache (Moderate)'),
    row('2024-02-30', '20:00', 'Mood', '5', '').replace(bearableDay('2024-02-30'), '30th Feb 2024'),
  ].join('\n');
}

test('a person brings their Bearable history, places a mood value, imports it once', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const file = testInfo.outputPath('bearable_export.csv');
  writeFileSync(file, bearableFile());
  await page.setViewportSize({ width: 900, height: 650 });

  const dialog = await importFile(page, file, 'a Bearable export');
  // Each rating Bearable used starts at its own number; the person moves one, with the keyboard alone.
  const seven = dialog.getByRole('button', { name: /Mood “7”/ });
  await expect(seven).toContainText('7 of 10');
  await expect(dialog.getByRole('button', { name: /Energy “3”/ })).toContainText('3 of 10');
  await chooseByKeyboard(page, seven, '8 of 10');

  const preview = dialog.getByRole('region', { name: 'What will be imported' });
  await expect(preview).toContainText('2 check-ins');
  await expect(preview).toContainText('1 journal entry');
  await expect(preview).toContainText('2 lines left out');
  const skipped = dialog.getByRole('list', { name: 'Lines left out' });
  await expect(skipped).toContainText('Line 9 has no mood Cairn can use');
  await expect(skipped).toContainText('Line 10 has “30th Feb 2024”, which is not a day of the calendar.');
  const table = dialog.getByRole('grid');
  await expect(table).toContainText('8/10 (“Mood 7; Energy 3”)');
  await expect(table).toContainText('Energy 3/10');
  await expect(table).toContainText('Dinner with my sister.');
  await noAxeViolationsInImport(page);
  await page.screenshot({ path: testInfo.outputPath('bearable-preview.png') });

  expect(await storedOfKind(page, 'journal.checkin')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 2 check-ins and 1 journal entry' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 2 check-ins and 1 journal entry from bearable_export.csv.');

  // Stored: the mapped values, the factors as tags, and everything else as Bearable wrote it.
  const checkins = await storedOfKind(page, 'journal.checkin');
  expect(checkins.map((c) => [c.date, c.mood, c.energy, c.tags, c.import?.source, c.import?.sourceLabel]).sort()).toEqual(
    [
      [day(0), 8, 3, ['Walk', 'With family'], 'bearable', 'Mood 7; Energy 3'],
      [day(-1), 5, undefined, ['Work'], 'bearable', 'Mood 5'],
    ].sort(),
  );
  expect(checkins.find((c) => c.date === day(0))?.import?.raw).toMatchObject({ Mood: '09:10 4 Tired; 21:30 7 Calm', Symptom: 'pm 1 Anxiety (Mild)' });
  expect(checkins.every((c) => /^[0-9a-f]{16}$/.test(c.import?.rowHash ?? ''))).toBe(true);
  const entries = await storedOfKind(page, 'journal.entry');
  expect(entries.map((e) => [e.date, e.time, e.body, e.import?.source])).toEqual([[day(0), '21:30', 'Dinner with my sister.', 'bearable']]);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Marked as imported where the person sees it, and on paper.
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: /^Check-in, / }).first()).toContainText('Imported from Bearable (“Mood 7; Energy 3”)');
  await openSummary(page);
  const pdf = testInfo.outputPath('summary.pdf');
  await savePdf(cairn, pdf);
  expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('2 of these 2 days were imported from Bearable.');

  // The same file again adds nothing.
  const again = await importFile(page, file, 'a Bearable export');
  await expect(again.getByRole('region', { name: 'What will be imported' })).toContainText('3 rows already imported earlier (added again: none)');
  await expect(again.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await storedOfKind(page, 'journal.checkin')).toHaveLength(2);
  expect(await storedOfKind(page, 'journal.entry')).toHaveLength(1);
});
