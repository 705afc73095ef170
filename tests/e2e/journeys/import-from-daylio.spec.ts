import { axeScan } from '../axe';
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { day } from '../seed';
import { openSettings } from '../steps';
import { E2E_SLOW_TEST } from '../../timeouts';
import { openSummary, pdfText, savePdf } from './pdf';
import { storedOfKind } from './stored-records';

test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/** A Daylio export as the app writes it (newest first), dated around today so Today, Insights and the summary show it. */
function daylioFile(): string {
  return [
    'full_date,date,weekday,time,mood,activities,note_title,note',
    `${day(0)},x,x,21:40,rad,family | walk,A good day,"Lunch with my sister.\nWe walked by the river."`,
    `${day(0)},x,x,09:15,meh,bad sleep,,`,
    `${day(-1)},x,x,20:05,super tired,work | coffee,,`,
    `${day(-2)},x,x,8:30 PM,good,friends,,Watched a film.`,
    '2024-02-30,x,x,19:00,bad,work,,',
  ].join('\n');
}

async function noAxeViolations(page: Page) {
  const results = await axeScan(page, { include: '[data-dialog="import"]' });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openImport(page: Page, file: string) {
  await openSettings(page, 'Data');
  await page.getByRole('button', { name: 'Import from another app or a CSV file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from another app' });
  await dialog.getByLabel('Exported file').setInputFiles(file);
  await expect(dialog.getByText('recognised as a Daylio export')).toBeVisible();
  return dialog;
}

test('a person brings their Daylio history, maps their own mood word, imports it once and can undo it', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const file = testInfo.outputPath('daylio_export.csv');
  writeFileSync(file, daylioFile());
  await page.setViewportSize({ width: 900, height: 650 });

  const dialog = await openImport(page, file);
  // Their own word starts unrated; they place it with the keyboard alone.
  const tired = dialog.getByRole('button', { name: /“super tired”/ });
  await expect(tired).toContainText('Leave mood unrated');
  await tired.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: '2 of 10' }).focus();
  await page.keyboard.press('Enter');
  await expect(tired).toContainText('2 of 10');

  // The preview: counts, dates, the first rows and every line left out, with its reason (line 2's note spans two lines).
  const preview = dialog.getByRole('region', { name: 'What will be imported' });
  await expect(preview).toContainText('3 check-ins');
  await expect(preview).toContainText('2 journal entries');
  await expect(preview).toContainText('2 lines left out');
  const skipped = dialog.getByRole('list', { name: 'Lines left out' });
  await expect(skipped).toContainText("Line 4: Cairn keeps one check-in a day, and line 2 (the day's latest) is used");
  await expect(skipped).toContainText('Line 7 has “2024-02-30”, which is not a date');
  await expect(dialog.getByRole('grid')).toContainText('2/10 (“super tired”)');
  await noAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('import-preview-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('import-preview-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Nothing is written before the one action.
  expect(await storedOfKind(page, 'journal.checkin')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 3 check-ins and 2 journal entries' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 3 check-ins and 2 journal entries from daylio_export.csv.');
  await page.screenshot({ path: testInfo.outputPath('import-done-light.png') });

  // What is stored keeps the source, the word and the row's hash.
  const checkins = await storedOfKind(page, 'journal.checkin');
  expect(checkins.map((c) => [c.date, c.mood, c.tags, c.import?.source, c.import?.sourceLabel]).sort()).toEqual(
    [
      [day(0), 9, ['family', 'walk'], 'daylio', 'rad'],
      [day(-1), 2, ['work', 'coffee'], 'daylio', 'super tired'],
      [day(-2), 7, ['friends'], 'daylio', 'good'],
    ].sort(),
  );
  expect(checkins.every((c) => /^[0-9a-f]{16}$/.test(c.import?.rowHash ?? ''))).toBe(true);
  const entries = await storedOfKind(page, 'journal.entry');
  expect(entries.map((e) => [e.date, e.title, e.body]).sort()).toEqual(
    [
      [day(0), 'A good day', 'Lunch with my sister.\nWe walked by the river.'],
      [day(-2), '', 'Watched a film.'],
    ].sort(),
  );
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Marked as imported on Today, in the Journal and in Insights.
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: /^Check-in, / }).first()).toContainText('Imported from Daylio (“rad”)');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cairn', exact: true }).click();
  await expect(page.getByText(/Today’s check-in is done \(mood 9\/10\)\. Imported from Daylio\./)).toBeVisible();
  await page.keyboard.press('Control+5');
  await expect(page.getByText('3 of these 3 check-ins were imported from Daylio.')).toBeVisible();

  // The printed summary says so too.
  await openSummary(page);
  const pdf = testInfo.outputPath('summary.pdf');
  await savePdf(cairn, pdf);
  expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('3 of these 3 days were imported from Daylio.');

  // Importing the same file again adds nothing.
  const again = await openImport(page, file);
  await expect(again.getByRole('region', { name: 'What will be imported' })).toContainText('3 rows already imported earlier (added again: none)');
  await expect(again.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
  await again.getByRole('button', { name: 'Close' }).click();
  expect(await storedOfKind(page, 'journal.checkin')).toHaveLength(3);

  // Undo: a fresh import of the same file, undone, leaves nothing behind… except what was there before.
  const undoFile = testInfo.outputPath('daylio_more.csv');
  writeFileSync(undoFile, ['full_date,date,weekday,time,mood,activities,note_title,note', `${day(-5)},x,x,10:00,meh,,,`].join('\n'));
  const third = await openImport(page, undoFile);
  await third.getByRole('button', { name: 'Import 1 check-in' }).click();
  await expect(third.getByRole('status')).toHaveText('Imported 1 check-in from daylio_more.csv.');
  expect(await storedOfKind(page, 'journal.checkin')).toHaveLength(4);
  await third.getByRole('button', { name: 'Undo this import' }).click();
  await expect(third.getByRole('status')).toHaveText('Undone: the 1 imported records are removed again.');
  expect((await storedOfKind(page, 'journal.checkin')).map((c) => c.date).sort()).toEqual([day(-2), day(-1), day(0)]);
});

test('the wrong kind of file gets a sentence naming the line, and nothing is imported', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 900, height: 650 });
  const binary = testInfo.outputPath('photo.csv');
  writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)));
  await openSettings(page, 'Data');
  await page.getByRole('button', { name: 'Import from another app or a CSV file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from another app' });
  await dialog.getByLabel('Exported file').setInputFiles(binary);
  await expect(dialog.getByRole('alert')).toContainText('photo.csv: Line 1 holds binary data, so this is not a CSV file.');
  await noAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('import-error-light.png') });
  expect(await storedOfKind(page, 'journal.checkin')).toEqual([]);
});
