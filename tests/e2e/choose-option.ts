import type { Locator, Page } from '@playwright/test';

/** A kit Select (a button that opens a list; its name ends with its label): open it, pick the option. */
export async function chooseOption(page: Page, label: string, option: string, within: Page | Locator = page): Promise<void> {
  await within.getByRole('button', { name: new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
