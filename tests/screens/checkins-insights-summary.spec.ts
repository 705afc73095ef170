/**
 * The check-in, insights and summary forms, in the states the general
 * screens pass by: a questionnaire refused for its date and its unanswered
 * items, the insights' custom period refused, the summary's impossible period.
 * Written to screens/<variant>/kitcheck-*.png for a person to look at.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { chooseOption } from '../e2e/kit-select';
import { sixWeeks } from '../e2e/journeys/six-weeks';
import { day, reloadAndUnlock, seedRecords } from '../e2e/seed';
import { fillDate, whenField } from '../e2e/dates';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens');
const VARIANTS = [
  { name: 'light', scheme: 'light', size: { width: 1280, height: 800 } },
  { name: 'dark', scheme: 'dark', size: { width: 1280, height: 800 } },
  { name: 'small', scheme: 'light', size: { width: 900, height: 650 } },
] as const;

async function shoot(page: Page, variant: string, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(OUT, variant, `kitcheck-${name}.png`), fullPage: true, animations: 'disabled' });
}

for (const variant of VARIANTS) {
  test(`kit forms, ${variant.name}`, async ({ cairn }) => {
    const { page } = cairn;
    await page.setViewportSize(variant.size);
    await page.emulateMedia({ colorScheme: variant.scheme });
    await seedRecords(page, sixWeeks());
    await reloadAndUnlock(page);

    await page.keyboard.press('Control+4');
    await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
    await shoot(page, variant.name, 'checkins');
    await page.getByRole('link', { name: 'Take the GAD-7' }).click();
    const first = page.getByRole('radiogroup', { name: /^1\. / });
    await first.getByText('Several days', { exact: true }).click();
    await fillDate(whenField(page, 'Date'), day(3));
    await page.getByRole('button', { name: 'Save GAD-7' }).click();
    await expect(page.getByText('The date cannot be in the future.')).toBeVisible();
    await shoot(page, variant.name, 'questionnaire-date');
    await fillDate(whenField(page, 'Date'), day(0));
    await page.getByRole('button', { name: 'Save GAD-7' }).click();
    await expect(page.getByText(/are not answered/)).toBeVisible();
    await shoot(page, variant.name, 'questionnaire-incomplete');
    await page.getByRole('button', { name: 'Back to check-ins' }).click();

    await page.keyboard.press('Control+5');
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
    await chooseOption(page, 'Period', 'Custom dates');
    await fillDate(whenField(page, 'From'), day(-10));
    await fillDate(whenField(page, 'To'), day(-12));
    await page.getByRole('button', { name: 'Show period' }).click();
    await expect(page.getByText(/after the “to” date/)).toBeVisible();
    await shoot(page, variant.name, 'insights-custom-period');
    await page.getByText(/^Events marked on this chart/).click();
    await page.locator('details', { has: page.getByText(/^Events marked on this chart/) }).getByRole('listitem').first().getByRole('button').focus();
    await shoot(page, variant.name, 'insights-markers');

    await page.keyboard.press('Control+6');
    await expect(page.getByRole('heading', { level: 1, name: 'Appointment summary' })).toBeVisible();
    await shoot(page, variant.name, 'summary');
    await fillDate(whenField(page, 'From'), day(1));
    await expect(page.getByText('The start date is after the end date.')).toBeVisible();
    await shoot(page, variant.name, 'summary-impossible-period');
  });
}
