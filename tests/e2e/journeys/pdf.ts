import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, type CairnApp } from '../fixtures';
import { E2E_EXPECT, E2E_SLOW_STEP } from '../../timeouts';

/** Text of a PDF (or one page of it) as pdftotext lays it out; `raw` keeps each table cell's words together instead. */
export const pdfText = (pdf: string, page?: number, mode: 'layout' | 'raw' = 'layout'): string =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), `-${mode}`, pdf, '-']).toString();

export const pdfPages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);

/** Saves the summary as PDF through the app's own button; the harness answers the save dialog with `path`. */
export async function savePdf(cairn: CairnApp, path: string): Promise<void> {
  cairn.harness!.nextSavePath = path;
  await cairn.page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(cairn.page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
}

/** Goes to the summary page (Ctrl+6). */
export async function openSummary(page: Page): Promise<void> {
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Appointment summary' })).toBeVisible({ timeout: E2E_EXPECT });
}
