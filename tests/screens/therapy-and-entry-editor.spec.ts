/**
 * Pictures for a person to look at, beyond screens.spec's pages: a goal's
 * panel (its kit Selects), the exposure form refusing an empty log (messages
 * on their fields) and the journal entry editor's buttons. Written to
 * screens/therapy/ (gitignored) by `npm run screens`.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AnyRecord } from '../../src/shared/domain';
import { expect, test } from '../e2e/fixtures';
import { day, reloadAndUnlock, seedRecords } from '../e2e/seed';
import { openEntryEditor } from '../e2e/steps';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens', 'therapy');
const CREATED = new Date().toISOString();
const records: AnyRecord[] = [
  { kind: 'therapy.goal', id: 'g1', createdAt: CREATED, updatedAt: CREATED, title: 'Walk to the shop', why: 'Less afraid of the street.', startDate: day(-40), status: 'active', checkIns: [] },
  { kind: 'therapy.exposureStep', id: 's1', createdAt: CREATED, updatedAt: CREATED, situation: 'Touch the bin lid', expectedSuds: 60, rank: 1 },
];

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`therapyfix screens, ${scheme}`, async ({ cairn }) => {
    const { page } = cairn;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await seedRecords(page, records);
    await reloadAndUnlock(page);

    await page.keyboard.press('Control+3');
    await page.getByRole('tab', { name: 'Goals', exact: true }).click();
    await page.getByRole('button', { name: 'Open goal Walk to the shop' }).click();
    await expect(page.getByRole('dialog', { name: 'Walk to the shop' })).toBeVisible();
    await shoot(page, `${scheme}-goal-panel`);
    await page.getByRole('button', { name: /Status$/ }).click();
    await shoot(page, `${scheme}-goal-status-open`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Homework', exact: true }).click();
    await page.getByRole('tab', { name: 'Exposure ladder (ERP)' }).click();
    await page.getByRole('button', { name: 'Log an exposure' }).click();
    await page.getByRole('button', { name: 'Log exposure' }).click();
    await expect(page.getByText('Choose the ladder step you practised.')).toBeVisible();
    await shoot(page, `${scheme}-exposure-refused`);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await openEntryEditor(page);
    await page.getByLabel('Entry', { exact: true }).fill('A quiet walk by the river.');
    await expect(page.getByText(/Draft kept, encrypted, at/)).toBeVisible({ timeout: 15_000 });
    await shoot(page, `${scheme}-entry-editor`);
  });
}
