/**
 * The kit's tick boxes and radios after their input was spread over the whole
 * label (ui/forms.css), the check-in form on react-hook-form, a refused safety
 * plan section, and a therapy list after a delete. PNGs go to screens/<variant>/checkin17-*.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { day } from '../e2e/seed';
import { openSettings } from '../e2e/steps';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens');
const VARIANTS = [
  { name: 'light', scheme: 'light', size: { width: 1280, height: 800 } },
  { name: 'dark', scheme: 'dark', size: { width: 1280, height: 800 } },
] as const;

async function shoot(page: Page, variant: string, name: string, fullPage = false) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(OUT, variant, `checkin17-${name}.png`), fullPage, animations: 'disabled' });
}

for (const variant of VARIANTS) {
  test(`tick boxes, radios, check-in, safety plan, ${variant.name}`, async ({ cairn }) => {
    const { page } = cairn;
    await page.setViewportSize(variant.size);
    await page.emulateMedia({ colorScheme: variant.scheme });

    // Tick boxes: one ticked by a plain click, the next focused from the keyboard (its focus ring).
    await openSettings(page, 'Reminders');
    const settings = page.getByRole('region', { name: 'Other reminders' });
    await settings.getByLabel('Daily check-in', { exact: true }).check();
    await page.keyboard.press('Tab');
    await shoot(page, variant.name, 'reminders-ticked');

    // Radios as segments (a new measure's kind) and a tick box in a form.
    await page.evaluate(() => (window.location.hash = '#/settings/measures'));
    await page.getByRole('checkbox', { name: 'Check in twice a day' }).check();
    await shoot(page, variant.name, 'measures', true);

    // The check-in: refused with nothing filled in (the message on Mood), then a digit on Mood.
    await page.evaluate((d) => (window.location.hash = `#/journal?checkin=${d}-evening`), day(0));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await expect(dialog.getByText('Fill in at least one value before saving.')).toBeVisible();
    await shoot(page, variant.name, 'checkin-refused');
    await dialog.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '7' }).check();
    await dialog.getByLabel('Sleep (hours)').fill('30');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await expect(dialog.getByText(/a day has only 24/)).toBeVisible();
    await shoot(page, variant.name, 'checkin-sleep-refused');
    await page.keyboard.press('Escape');

    // The safety plan: a section over its limit, refused and focused.
    await page.keyboard.press('Control+Shift+S');
    await page.getByRole('button', { name: 'Write my safety plan' }).click();
    const third = page.getByRole('textbox', { name: '3. People and places that take my mind off things' });
    await third.fill('The park. '.repeat(501));
    await page.getByRole('button', { name: 'Save safety plan' }).click();
    await expect(third).toBeFocused();
    await shoot(page, variant.name, 'safety-plan-refused');
  });
}
