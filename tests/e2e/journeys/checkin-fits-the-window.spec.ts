import type { JournalMeasure } from '../../../src/shared/domain/own-measure';
import { CHECKIN_MEASURES, measureHeading } from '../../../src/shared/domain/checkin-measures';
import { expect, test } from '../fixtures';
import { reloadAndUnlock, seedRecords, stamp } from '../seed';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });

/*
 * Issue 17 §3: the daily check-in fits a 1280×800 window without scrolling,
 * with the six standard measures and two of the person's own (both 0–10
 * ratings, the tallest kind). Every scale and Save are inside the window, and
 * the dialog has nothing hidden below its fold.
 */

const own = (name: string, lowWord: string, highWord: string): JournalMeasure => ({
  kind: 'journal.measure',
  id: `measure-${name.replace(/\W+/g, '-')}`,
  createdAt: stamp(),
  updatedAt: stamp(),
  name,
  type: 'rating',
  lowWord,
  highWord,
  inSummary: false,
});

test('the check-in with six standard and two own measures fits 1280×800 without scrolling', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seedRecords(page, [own('brain zaps', 'none', 'constant'), own('focus', 'scattered', 'sharp')]);
  await reloadAndUnlock(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Control+Shift+K');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radiogroup', { name: 'focus' })).toBeVisible();
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: testInfo.outputPath('checkin-1280x800.png') });

  const inside = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
    expect(box, name).not.toBeNull();
    expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
    expect(box!.x, `${name} left`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${name} bottom`).toBeLessThanOrEqual(800);
    expect(box!.x + box!.width, `${name} right`).toBeLessThanOrEqual(1280);
  };
  const scales = [...CHECKIN_MEASURES.map((m) => (m.scale === 'rating' ? dialog.getByRole('radiogroup', { name: m.label }) : dialog.getByLabel(measureHeading(m), { exact: true }))), dialog.getByRole('radiogroup', { name: 'brain zaps' }), dialog.getByRole('radiogroup', { name: 'focus' })];
  expect(scales).toHaveLength(8);
  for (const [i, scale] of scales.entries()) await inside(`scale ${i + 1}`, await scale.boundingBox());
  await inside('Save check-in', await dialog.getByRole('button', { name: 'Save check-in' }).boundingBox());

  // Nothing is scrolled into view by the checks above, and nothing is below the fold: every scrolling box in the dialog shows all it holds.
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ui-overlay, .ui-overlay *')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
      .map((el) => `${el.className || el.tagName}: ${el.scrollHeight} > ${el.clientHeight}`),
  );
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
});

test('a long message under sleep wraps in its column: the scales beside it do not move', async ({ cairn }) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Control+Shift+K');
  const dialog = page.getByRole('dialog');
  const anxiety = dialog.getByRole('radiogroup', { name: 'Anxiety' });
  await expect(anxiety).toBeVisible();
  const before = (await anxiety.boundingBox())!;
  const sleep = dialog.getByLabel(measureHeading(CHECKIN_MEASURES.find((m) => m.scale !== 'rating')!), { exact: true });
  await sleep.fill('30');
  await dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(sleep).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('a day has only 24')).toBeVisible();
  const after = (await anxiety.boundingBox())!;
  expect(Math.abs(after.x - before.x), `Anxiety moved from x ${before.x} to ${after.x}`).toBeLessThan(1);
});
