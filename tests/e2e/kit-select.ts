import type { Locator, Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A kit Select (ui/Select.tsx): a button named "<chosen value> <label>", which opens a list of options. */
export function kitSelect(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${escape(label)}$`) });
}

/** Opens the kit Select labelled `label` inside `scope` and picks the option named `option`, as a person does with the mouse. */
export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  await kitSelect(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
