import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { unlock } from '../steps';
import { E2E_SLOW_STEP } from '../../timeouts';

/** Therapy → Homework → one form's tab, as a person gets there with the keyboard shortcut and two clicks. */
export async function openHomeworkForm(page: Page, form: string): Promise<void> {
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible();
  await page.getByRole('tab', { name: 'Homework', exact: true }).click();
  await page.getByRole('tab', { name: form }).click();
  await expect(page.getByRole('tab', { name: form })).toHaveAttribute('aria-selected', 'true');
}

/** Unlock after a restart; Argon2id and loading share two cores with other builds here, so wait generously. */
export async function unlockAfterRestart(page: Page): Promise<void> {
  await unlock(page);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: E2E_SLOW_STEP });
}
