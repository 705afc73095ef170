import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A kit Select (src/renderer/ui/Select.tsx): a button named by its shown value
 * and its label ("4 weeks Weeks before and after"). Found by the label alone.
 */
export const kitSelect = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${escapeRegExp(label)}$`) });

/** Opens the kit Select labelled `label` with a click and picks `option`; the button then shows it. */
export async function chooseOption(page: Page, label: string, option: string, scope: Page | Locator = page): Promise<void> {
  const select = kitSelect(scope, label);
  await select.click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await expect(select).toContainText(option);
}

/** The options a kit Select offers, read by opening its list and closing it again with Escape. */
export async function optionsOf(page: Page, label: string, scope: Page | Locator = page): Promise<string[]> {
  await kitSelect(scope, label).click();
  const options = await page.getByRole('listbox').getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  return options;
}
