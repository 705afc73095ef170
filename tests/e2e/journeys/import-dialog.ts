import { axeScan } from '../axe';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { openSettings } from '../steps';

/** The import dialog scanned by axe alone: a journey's claims about it, not the page behind. */
export async function noAxeViolationsInImport(page: Page): Promise<void> {
  const results = await axeScan(page, { include: '[data-dialog="import"]' });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Settings → Data → the import dialog, open and waiting for a file. */
export async function openImportDialog(page: Page): Promise<Locator> {
  await openSettings(page, 'Data');
  await page.getByRole('button', { name: 'Import from another app or a CSV file…' }).click();
  return page.getByRole('dialog', { name: 'Import from another app' });
}

/** Chooses `file` and waits until Cairn says which app it came from. */
export async function importFile(page: Page, file: string, recognisedAs: string): Promise<Locator> {
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Exported file').setInputFiles(file);
  await expect(dialog.getByText(`recognised as ${recognisedAs}`)).toBeVisible();
  return dialog;
}

/** Opens a kit Select (ui/Select) with the keyboard alone and picks `option`. */
export async function chooseByKeyboard(page: Page, select: Locator, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(select).toContainText(option);
}
