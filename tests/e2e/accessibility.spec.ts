import { axeScan } from './axe';
import type { Page } from '@playwright/test';
import { sections } from '../../src/renderer/app/sections';
import { expect, foreignRequests, test } from './fixtures';
import { PASSPHRASE, unlock } from './steps';
import { E2E_SLOW_STEP } from '../timeouts';

/** Serious and critical axe violations on the page as it is now, in light and in dark. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Buttons ease their colours (theme.css), so a scheme change leaves them mid-way for a moment: scan the colours they end on.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const results = await axeScan(page);
    for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      found.push(`${where} (${scheme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

// Two tests so the two workers share the scans; together they cover every screen.
test('the welcome and recovery-key screens pass axe in light and dark', async ({ cairn }) => {
  // Creating a vault in the UI is the way to reach these screens, at the product's Argon2id cost.
  const { page } = cairn;
  const problems: string[] = [];

  await expect(page.getByRole('heading', { name: 'Welcome to Cairn' })).toBeVisible();
  problems.push(...(await seriousViolations(page, 'welcome')));

  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  problems.push(...(await seriousViolations(page, 'recovery key')));
  await page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  expect(problems).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('inside the vault', () => {
  // The screens behind the welcome walk do not depend on how the vault was made: start from the fixture's (fixtures.ts).
  // One test per screen group, so the two workers share the scans and no single test walks the whole app.
  test.use({ vault: 'unlocked' });

  test('Today passes axe in light and dark', async ({ cairn }) => {
    await expect(cairn.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(await seriousViolations(cairn.page, 'today')).toEqual([]);
    expect(foreignRequests(cairn)).toEqual([]);
  });

  // Every section the app has, however many there are.
  for (const { key, label: name } of sections) {
    test(`${name} passes axe in light and dark`, async ({ cairn }) => {
      const { page } = cairn;
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await page.keyboard.press(`Control+${key}`);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      expect(await seriousViolations(page, name)).toEqual([]);
      expect(foreignRequests(cairn)).toEqual([]);
    });
  }

  test('each Settings page past the first passes axe in light and dark', async ({ cairn }) => {
    const { page } = cairn;
    const problems: string[] = [];
    const settings = sections.find((s) => s.path === '/settings')!;
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.keyboard.press(`Control+${settings.key}`);
    // Security is the first page, checked above as Settings.
    for (const name of ['Backups', 'Reminders', 'Measures', 'Appearance', 'Data']) {
      await page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      problems.push(...(await seriousViolations(page, `Settings → ${name}`)));
    }
    expect(problems).toEqual([]);
  });

  test('the safety plan and the lock screen pass axe, and focus is always visible', async ({ cairn }) => {
    const { page } = cairn;
    const problems: string[] = [];
    const settings = sections.find((s) => s.path === '/settings')!;
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

    await page.keyboard.press('Control+Shift+S');
    await expect(page.getByRole('heading', { level: 1, name: /safety plan/i })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'safety plan')));

    // A keyboard user always sees where focus is: the focused control gets an outline.
    await page.keyboard.press(`Control+${settings.key}`);
    await page.getByRole('button', { name: /Lock after this long without activity$/ }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');

    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
    problems.push(...(await seriousViolations(page, 'lock screen')));
    await unlock(page, 'a wrong passphrase here');
    await expect(page.getByRole('alert')).toBeVisible();
    problems.push(...(await seriousViolations(page, 'lock screen with an error')));

    expect(problems).toEqual([]);
    expect(foreignRequests(cairn)).toEqual([]);
  });
});
