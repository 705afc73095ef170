/**
 * Every screen with a real history behind it, in light, dark and a small
 * window, written to screens/<variant>/NN-name.png for a person to open and
 * look at. Run with `npm run screens` (needs `npm run build` first).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { anyRecord, type AnyRecord } from '../../src/shared/domain';
import { sections } from '../../src/renderer/app/sections';
import { expect, test } from '../e2e/fixtures';
import { sixWeeks } from '../e2e/journeys/six-weeks';
import { day, reloadAndUnlock, seedRecords } from '../e2e/seed';

test.use({ vault: 'unlocked' });

const OUT = path.resolve('screens');

interface Variant {
  name: string;
  scheme: 'light' | 'dark';
  size: { width: number; height: number };
}
const VARIANTS: Variant[] = [
  { name: 'light', scheme: 'light', size: { width: 1280, height: 800 } },
  { name: 'dark', scheme: 'dark', size: { width: 1280, height: 800 } },
  { name: 'small', scheme: 'light', size: { width: 900, height: 650 } },
];

/** Six weeks on sertraline with one increase, plus a taper planned for the coming weeks. */
function history(): AnyRecord[] {
  return sixWeeks().map((record) => {
    if (record.kind !== 'med.medication' || record.id !== 'med-sertraline') return record;
    const taper = [
      { id: 's3', type: 'decrease', date: day(10), amount: 75, schedule: { kind: 'times', times: ['08:00'] }, reason: 'Planned taper', checkIn: 'Watch for dizziness', planned: true },
      { id: 's4', type: 'decrease', date: day(24), amount: 50, schedule: { kind: 'times', times: ['08:00'] }, reason: 'Planned taper', checkIn: '', planned: true },
    ];
    return anyRecord.parse({ ...record, steps: [...record.steps, ...taper] });
  });
}

/** Waits for the page to settle (fonts, lazy sections, transitions) and writes one PNG. */
async function shoot(page: Page, variant: Variant, index: number, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(OUT, variant.name, `${String(index).padStart(2, '0')}-${name}.png`);
  // 'disabled' finishes CSS transitions, so a colour change is never caught half-way.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
}

for (const variant of VARIANTS) {
  test(`every screen, ${variant.name}`, async ({ cairn }) => {
    const { page } = cairn;
    await page.setViewportSize(variant.size);
    await page.emulateMedia({ colorScheme: variant.scheme });
    await seedRecords(page, history());
    await reloadAndUnlock(page);
    let n = 0;

    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await shoot(page, variant, n++, 'today');

    for (const section of sections) {
      await page.keyboard.press(`Control+${section.key}`);
      // The previous page's heading is visible until the route changes: wait for the address first.
      await expect(page).toHaveURL(new RegExp(`#${section.path}(\\?|$)`));
      // A lazily loaded page keeps the previous one on screen until it is ready: wait for its own heading.
      await expect(page.getByRole('main').getByRole('heading', { level: 1, name: new RegExp(section.label.split(' ')[0]!, 'i') }).first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      await shoot(page, variant, n++, section.path.slice(1));
      if (section.path === '/settings') {
        // Each Settings page, found from its own sub-navigation.
        const pages = page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link');
        const names = await pages.allTextContents();
        for (const name of names.slice(1)) {
          await pages.filter({ hasText: name }).click();
          await expect(page.getByRole('main').getByRole('heading', { level: 2, name })).toBeVisible();
          await shoot(page, variant, n++, `settings-${name.toLowerCase()}`);
        }
      }
    }

    await page.keyboard.press('Control+Shift+S');
    await expect(page.getByRole('heading', { level: 1, name: /safety plan/i })).toBeVisible();
    await shoot(page, variant, n++, 'safety-plan');

    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByRole('dialog')).toBeVisible();
    await shoot(page, variant, n++, 'checkin-dialog');
  });
}
