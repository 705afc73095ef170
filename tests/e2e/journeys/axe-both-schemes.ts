/** Serious and critical axe findings for one part of the page, in light and in dark (as accessibility.spec.ts checks whole screens). */
import { axeScan } from '../axe';
import type { Page } from '@playwright/test';

export async function axeProblems(page: Page, include: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Buttons ease their colours (theme.css), so a scheme change leaves them mid-way for a moment: scan the colours they end on.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const results = await axeScan(page, { include });
    for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      found.push(`${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
