/**
 * Reload and unlock with room for a decade of data on a shared machine:
 * seed.ts's reloadAndUnlock allows E2E_SLOW_STEP, which ten years can outlast there.
 */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { PASSPHRASE } from '../steps';
import { E2E_DECADE_LOAD } from '../../timeouts';

export async function reopenWithData(page: Page, timeout = E2E_DECADE_LOAD): Promise<void> {
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const ask = page.getByLabel('Passphrase', { exact: true });
  await expect(nav.or(ask)).toBeVisible({ timeout });
  if (await ask.isVisible()) {
    await ask.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(nav).toBeVisible({ timeout });
}
