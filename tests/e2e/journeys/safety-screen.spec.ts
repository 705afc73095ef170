import { axeScan } from '../axe';
import type { Page } from '@playwright/test';
import { expect, foreignRequests, test } from '../fixtures';
import { unlockToShell } from '../steps';
import { E2E_LONG_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

const HOPE = 'Thoughts like these can ease with support; the people on your plan would want to know.';

async function shoot(page: Page, path: (name: string) => string, name: string) {
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: path(`${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path(`${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The text of the open dialog, and where in it each phrase first appears. */
async function dialogText(page: Page) {
  return (await page.getByRole('dialog', { name: 'Your safety plan' }).innerText()).replace(/\s+/g, ' ');
}

test('the one safety screen: calm, the plan first, numbers once and named right, privacy plainly; the plan page opens read-only', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  const out = (name: string) => testInfo.outputPath(name);

  // Item 9 above 0 before any plan exists: one sentence and a way to write it, not a plan that is not there.
  await page.keyboard.press('Control+4');
  await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
  await page.getByRole('radiogroup', { name: /^9\. / }).getByText('Several days', { exact: true }).click();
  const safety = page.getByRole('dialog', { name: 'Your safety plan' });
  await expect(safety).toBeVisible();
  let text = await dialogText(page);
  expect(text).toContain(HOPE);
  expect(text).not.toContain('Here is the plan you made');
  expect(text).toContain('You have not written a safety plan yet.');
  // Crisis lines named as crisis lines, emergency numbers as emergency numbers, each once.
  expect(text).toContain('Crisis lines: 988 (US and Canada), 116 123 (Samaritans, UK and Ireland).');
  expect(text).toContain('Emergency numbers: 911 (US and Canada), 112 (across the EU).');
  for (const number of ['988', '116 123', '911', '112']) expect(text.split(number).length - 1, number).toBe(1);
  // The privacy fact is plain and not the first thing said.
  const privacy = text.indexOf('nobody monitors it, so it cannot send help');
  expect(privacy).toBeGreaterThan(text.indexOf(HOPE));
  expect(privacy).toBeGreaterThan(text.indexOf('Emergency numbers'));
  expect(text).toContain('PHQ-9 item-9 answers, diary-card urges of 4 or more and presses of “I’m struggling” print, with their dates, on your appointment summaries.');
  await expect(safety.locator('strong', { hasText: /nobody monitors/ })).toHaveCount(0);
  // No filled "Close" as the main action.
  await expect(safety.getByRole('button', { name: 'Close' })).toHaveCount(0);
  await shoot(page, out, 'safety-no-plan');
  const axe = await axeScan(page, { include: '[role="dialog"]' });
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // "Write my safety plan" goes to the plan, ready to write.
  await safety.getByRole('button', { name: 'Write my safety plan' }).click();
  await expect(safety).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  await page.getByLabel('Warning signs').fill('Not sleeping; pulling away from friends');
  await page.getByLabel('Things I can do on my own to cope').fill('Walk by the river');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Alex (sister)');
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Phone').fill('07700 900123');
  await page.getByLabel('My reasons for living').fill('<b>My garden</b> and the dog');
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  // Saved: the plan reads back, read-only, with an Edit button.
  await expect(page.getByRole('status').filter({ hasText: 'Your safety plan is saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit safety plan' })).toBeFocused();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  // After a restart the plan page opens read-only, with what was stored.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'People I can ask for help' })).toContainText('Alex (sister)07700 900123');
  await expect(page.getByRole('region', { name: 'My reasons for living' })).toHaveText(/<b>My garden<\/b> and the dog/);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await shoot(page, out, 'plan-read-only');
  await page.getByRole('button', { name: 'Edit safety plan' }).click();
  await expect(page.getByRole('textbox', { name: /Things I can do on my own to cope/ })).toHaveValue('Walk by the river');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  // "I'm struggling" is in reach from every screen and opens the same screen: the person's contacts and coping first.
  const screen = page.getByRole('dialog', { name: 'Your safety plan' }); // the page after the restart
  for (const shortcut of ['Control+1', 'Control+6']) {
    await page.keyboard.press(shortcut);
    await page.getByRole('button', { name: /I.m struggling/ }).click();
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('heading', { name: 'Your safety plan' })).toBeFocused();
    text = await dialogText(page);
    expect(text).toContain(HOPE);
    expect(text).not.toContain('You have not written a safety plan yet.');
    const order = ['People I can ask for help', 'Things I can do on my own to cope', 'Warning signs', 'Crisis lines:', 'nobody monitors it'].map(
      (phrase) => text.indexOf(phrase),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const number of ['988', '116 123', '911', '112']) expect(text.split(number).length - 1, number).toBe(1);
    await shoot(page, out, `safety-with-plan-${shortcut.at(-1)}`);
    await screen.getByRole('button', { name: 'Back to Cairn' }).click();
    await expect(screen).toBeHidden();
  }
  // Both presses feed the summary's dated safety flag, like item 9 and diary-card urges.
  await page.keyboard.press('Control+6');
  const flag = page.getByRole('note', { name: 'Safety item' });
  await expect(flag.getByRole('listitem').filter({ hasText: 'Pressed “I’m struggling” at' })).toHaveCount(2);
  expect(foreignRequests(cairn)).toEqual([]);
});
