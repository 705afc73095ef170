/**
 * Pictures of the kit's DatePicker (issue 17, point 1) for a person to look
 * at: the journal entry editor's date typed and its calendar opened from the
 * keyboard only (Tab, digits, Alt+ArrowDown; Escape keeps the day), and the
 * taper builder's first-step date with its calendar opened by the button;
 * then a dose row's time-taken field on Medications → Today; light and dark,
 * at 1280×800 and at 900×650.
 * Written to screens/dates/ (gitignored) by `npm run screens`.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatDay } from '../../src/shared/clinical/summary';
import { anyRecord } from '../../src/shared/domain';
import { expect, test } from '../e2e/fixtures';
import { expectDate, whenField } from '../e2e/dates';
import { day, reloadAndUnlock, seedRecords, stamp } from '../e2e/seed';
import { openEntryEditor } from '../e2e/steps';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens', 'dates');

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });
}

const sertraline = () =>
  anyRecord.parse({
    id: 'med-sertraline', createdAt: stamp(), updatedAt: stamp(), kind: 'med.medication', name: 'Sertraline', class: 'SSRI',
    form: 'tablet', unit: 'mg', prescriber: 'Dr Okafor', reason: '', supply: null, trackedFrom: day(-60),
    steps: [{ id: 's1', type: 'start', date: day(-60), amount: 100, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' }],
  });

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [[1280, 800], [900, 650]] as const) {
    test(`date picker screens, ${scheme}, ${width}x${height}`, async ({ cairn }) => {
      const { page } = cairn;
      const size = `${scheme}-${width}x${height}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await seedRecords(page, [sertraline()]);
      await reloadAndUnlock(page);

      // The entry editor, keyboard only: Tab from the tags into the date's first segment, the day typed
      // in the segments' own order (each one moves on when full), then the calendar opened and closed.
      await openEntryEditor(page);
      const date = whenField(page, 'Date');
      await page.getByLabel('Tags (comma-separated)').focus();
      await page.keyboard.press('Tab');
      await expect(date.getByRole('spinbutton').first()).toBeFocused();
      const [year, month, dayOfMonth] = day(-3).split('-') as [string, string, string];
      const typed: Record<string, string> = { year, month, day: dayOfMonth };
      for (const type of await date.getByRole('spinbutton').evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.type ?? ''))) {
        await page.keyboard.type(typed[type] ?? '');
      }
      await expectDate(date, day(-3));
      await page.keyboard.press('Alt+ArrowDown');
      const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
      await expect(calendar).toBeVisible();
      await shoot(page, `${size}-entry-date-open`);
      await page.keyboard.press('Escape');
      await expect(calendar).toHaveCount(0);
      await expectDate(date, day(-3));
      await shoot(page, `${size}-entry-date-closed`);
      await page.keyboard.press('Escape');

      // The taper builder: its first-step date's calendar from the button.
      await page.keyboard.press('Control+2');
      await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Medications', exact: true }).click();
      await page.getByRole('link', { name: 'Sertraline' }).click();
      await page.getByRole('button', { name: 'Build a taper or titration' }).click();
      const first = whenField(page, 'Date of the first step');
      await first.scrollIntoViewIfNeeded();
      await first.getByRole('button').click();
      await expect(calendar).toBeVisible();
      await shoot(page, `${size}-taper-date-open`);
      await calendar.getByRole('gridcell').filter({ hasText: /^15$/ }).getByRole('button').click();
      await expect(calendar).toHaveCount(0);
      await shoot(page, `${size}-taper-date-picked`);

      // Medications → Today: yesterday's dose row with its time-taken field beside the buttons.
      await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Today', exact: true }).click();
      const earlier = page.getByRole('list', { name: `Doses on ${formatDay(day(-1))}` });
      await expect(earlier.getByRole('listitem')).toHaveCount(1);
      await earlier.scrollIntoViewIfNeeded();
      await shoot(page, `${size}-dose-row-time`);
    });
  }
}
