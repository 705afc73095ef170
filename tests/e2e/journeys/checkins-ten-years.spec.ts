import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { expect, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { unlockToShell } from '../steps';
import { E2E_LONG_TEST, E2E_SLOW_STEP } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

/** Ten years of a PHQ-9 and a GAD-7 every two weeks: 261 of each. */
function tenYears(): AnyRecord[] {
  const records: AnyRecord[] = [];
  for (let d = -3640; d <= 0; d += 14) {
    const first = (Math.abs(d) / 14) % 4; // 0–3, so the totals vary
    records.push(
      anyRecord.parse({ id: `phq9-${d}`, createdAt: stamp(), updatedAt: stamp(), kind: 'assessment.phq9', date: day(d), answers: [first, 1, 1, 1, 1, 0, 0, 0, 0] }),
      anyRecord.parse({ id: `gad7-${d}`, createdAt: stamp(), updatedAt: stamp(), kind: 'assessment.gad7', date: day(d), answers: [2, 1, 1, 1, 1, 0, 0] }),
    );
  }
  return records;
}

test('check-ins with ten years of questionnaires: newest first, a page at a time, and the page stays short', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await seedRecords(page, tenYears());
  await reloadAndUnlock(page);
  // What is stored survives a restart: all 261 of each load again.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.setViewportSize({ width: 900, height: 650 });
  await page.keyboard.press('Control+4');
  const phq = page.getByRole('region', { name: 'PHQ-9 history' });
  await expect(phq.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(formatDay(day(0)), { timeout: E2E_SLOW_STEP });
  await expect(phq.getByRole('row').nth(2).getByRole('rowheader')).toHaveText(formatDay(day(-14)));
  await expect(phq).toContainText('Showing the newest 10 of 261.');
  // Ten years used to be a 28,000-pixel page; now both histories together stay a few screens tall.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(4_000);
  await page.screenshot({ path: testInfo.outputPath('ten-years-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('ten-years-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // Older ones are a keypress away, ten at a time.
  await phq.getByRole('button', { name: 'Show 10 older PHQ-9' }).click();
  await expect(phq.getByRole('row')).toHaveCount(21);
  await expect(phq.getByRole('row').nth(20).getByRole('rowheader')).toHaveText(formatDay(day(-14 * 19)));
  await expect(phq).toContainText('Showing the newest 20 of 261.');

  // The period (a kit Select, opened from the keyboard) narrows both histories: a PHQ-9 every 14 days, 7 in the last 3 months.
  await page.getByRole('button', { name: /(^|\s)Period$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Last 3 months', exact: true }).click();
  await expect(page.getByRole('button', { name: /(^|\s)Period$/ })).toHaveText('Last 3 months');
  await expect(phq).toContainText('Showing the newest 7 of 7.');
  await expect(page.getByRole('region', { name: 'GAD-7 history' })).toContainText('Showing the newest 7 of 7.');
});
