import { axeScan } from './axe';
import type { Page } from '@playwright/test';
import { expect, foreignRequests, test } from './fixtures';
import { formatDay } from '../../src/shared/clinical/summary';
import { day } from './seed';
import { unlockToShell } from './steps';
import { E2E_LONG_TEST } from '../timeouts';
import { fillDate, whenField } from './dates';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

// A long walk with a restart on a shared 2-core machine: generous, covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

/** Checks one answer of one numbered item ("1. Little interest…"): presses its label, as a person does (the radio's own input is visually hidden). */
async function answer(page: Page, item: number, label: string) {
  const group = page.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
  await group.getByText(label, { exact: true }).click();
  await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
}

async function shoot(page: Page, path: (name: string) => string, name: string, fullPage = true) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path(`${name}-light.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path(`${name}-dark.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function noAxeViolations(page: Page, include?: string) {
  const results = await axeScan(page, { include });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('safety plan, PHQ-9 with item 9 opening the plan, GAD-7 band, and the history of both', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  const out = (name: string) => testInfo.outputPath(name);

  // The safety plan is one shortcut away from any screen.
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeVisible();
  await expect(page.getByRole('main').getByText('You have not written a safety plan yet.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Write my safety plan' }).click();
  await expect(
    page.getByText(
      'Examples: crisis lines 988 (US and Canada), 116 123 (Samaritans, UK and Ireland); emergency numbers 911 (US and Canada), 112 (across the EU).',
      { exact: false },
    ),
  ).toBeVisible();
  await page.getByLabel('Warning signs').fill('Not sleeping; pulling away from friends');
  await page.getByLabel('Things I can do on my own to cope').fill('Walk by the river');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const person = page.getByRole('group', { name: 'Person 1' });
  await person.getByLabel('Name').fill('Alex (sister)');
  await person.getByLabel('Phone').fill('07700 900123');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const professional = page.getByRole('group', { name: 'Contact 1' });
  await professional.getByLabel('Name').fill('Dr Okafor');
  await professional.getByLabel('Phone').fill('020 7946 0000');
  // Bad input is refused with a clear message and nothing is saved.
  await page.getByLabel('Making my surroundings safer').fill('x'.repeat(5_001));
  await expect(page.getByText('5,001 characters; keep this section under 5,000.')).toBeVisible();
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  // The message sits on the section it is about.
  await expect(page.getByLabel('Making my surroundings safer')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Keep each section under 5,000 characters.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your safety plan is saved.' })).toHaveCount(0);
  await page.getByLabel('Making my surroundings safer').fill('');
  await page.getByLabel('My reasons for living').fill('<b>My garden</b> and the dog');
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your safety plan is saved.' })).toBeVisible();
  await noAxeViolations(page, 'main');
  await shoot(page, out, 'safety-plan');

  // PHQ-9: keyboard first — Tab into a group, Space chooses, arrow keys move the choice.
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
  await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
  await expect(page.getByText('Over the last 2 weeks, how often have you been bothered by any of the following problems?')).toBeVisible();
  const first = page.getByRole('radiogroup', { name: /^1\. Little interest or pleasure in doing things/ });
  await first.getByRole('radio', { name: 'Not at all' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Several days' })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Not at all' })).not.toBeChecked();

  // A plain check() aims at the radio itself (its drawn circle), not at the words.
  const second = page.getByRole('radiogroup', { name: /^2\. / });
  await second.getByRole('radio', { name: 'More than half the days', exact: true }).check();
  await expect(second.getByRole('radio', { name: 'More than half the days', exact: true })).toBeChecked();

  for (const [item, label] of [
    [3, 'Several days'],
    [4, 'Several days'],
    [5, 'Not at all'],
    [6, 'Several days'],
    [7, 'More than half the days'],
    [8, 'Several days'],
  ] as const) {
    await answer(page, item, label);
  }
  await shoot(page, out, 'questionnaire');
  await noAxeViolations(page, 'main');

  // Item 9 above 0 opens the safety screen at once, with focus inside it.
  await answer(page, 9, 'Several days');
  const safety = page.getByRole('dialog', { name: 'Your safety plan' });
  await expect(safety).toBeVisible();
  await expect(safety.getByRole('heading', { name: 'Your safety plan' })).toBeFocused();
  await expect(safety).toContainText('nobody monitors it, so it cannot send help');
  await expect(safety).toContainText('Walk by the river');
  await expect(safety).toContainText('Alex (sister)');
  await expect(safety).toContainText('07700 900123');
  await expect(safety).toContainText('Dr Okafor');
  // Markup typed into the plan is shown as text, never run.
  await expect(safety).toContainText('<b>My garden</b> and the dog');
  await noAxeViolations(page, '[role="dialog"]');
  await shoot(page, out, 'safety-screen', false);
  await safety.getByRole('button', { name: 'Back to Cairn' }).click();
  await expect(safety).toBeHidden();

  const difficulty = page.getByRole('radiogroup', { name: /^If you checked off any problems/ });
  await difficulty.getByText('Extremely difficult', { exact: true }).click();
  await expect(difficulty.getByRole('radio', { name: 'Extremely difficult' })).toBeChecked();
  await page.getByRole('button', { name: 'Save PHQ-9' }).click();
  const result = page.getByRole('region', { name: /^PHQ-9 saved for/ });
  // 1+2+1+1+0+1+2+1+1 = 10; the difficulty answer (3) is not added.
  await expect(result.locator('[data-score-total]')).toHaveText('10');
  await expect(result).toContainText('moderate');
  await expect(result).toContainText('On the PHQ-9, totals from 10 to 14 fall in the moderate band.');
  await expect(result).toContainText('Extremely difficult');
  await shoot(page, out, 'phq9-result');
  await page.getByRole('button', { name: 'Back to check-ins' }).click();

  // GAD-7: 1+1+1+1+1+1+0 = 6, mild.
  await page.getByRole('link', { name: 'Take the GAD-7' }).click();
  await expect(page.getByText('Over the last 2 weeks, how often have you been bothered by the following problems?')).toBeVisible();
  for (let item = 1; item <= 6; item++) await answer(page, item, 'Several days');
  await answer(page, 7, 'Not at all');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Save GAD-7' }).click();
  const gadResult = page.getByRole('region', { name: /^GAD-7 saved for/ });
  await expect(gadResult.locator('[data-score-total]')).toHaveText('6');
  await expect(gadResult).toContainText('mild');
  await expect(gadResult).toContainText('totals from 5 to 9 fall in the mild band');
  await page.getByRole('button', { name: 'Back to check-ins' }).click();

  // History: both charts drawn, both scores in the accessible tables.
  const phqHistory = page.getByRole('region', { name: 'PHQ-9 history' });
  const gadHistory = page.getByRole('region', { name: 'GAD-7 history' });
  await expect(phqHistory.locator('canvas')).toBeVisible();
  await expect(gadHistory.locator('canvas')).toBeVisible();
  // The item-9 answer saved when the safety screen opened was updated, not duplicated.
  await expect(phqHistory.getByRole('row')).toHaveCount(2);
  const phqRow = phqHistory.getByRole('row').nth(1);
  await expect(phqRow.getByRole('gridcell').nth(0)).toHaveText('10');
  await expect(phqRow.getByRole('gridcell').nth(1)).toHaveText('moderate');
  await expect(phqRow.getByRole('gridcell').nth(2)).toHaveText('Several days');
  const gadRow = gadHistory.getByRole('row').nth(1);
  await expect(gadRow.getByRole('gridcell').nth(0)).toHaveText('6');
  await expect(gadRow.getByRole('gridcell').nth(1)).toHaveText('mild');
  await expect(phqHistory).toContainText('One PHQ-9 score in this period: 10 (moderate)');
  await expect(phqHistory.locator('canvas')).toHaveAttribute('aria-label', /One PHQ-9 score in this period/);
  await noAxeViolations(page, 'main');
  await shoot(page, out, 'history');

  // One click from the sidebar, from any screen.
  await page.getByRole('link', { name: /^Safety plan/ }).click();
  await expect(page.getByRole('region', { name: 'Things I can do on my own to cope' })).toContainText('Walk by the river');
  expect(foreignRequests(cairn)).toEqual([]);
});

/** A local YYYY-MM-DD some days before today, as the app's date field takes it. */
const daysAgo = (days: number): string => day(-days);

async function takeGad7(page: Page, date: string, labels: string[]) {
  await page.getByRole('link', { name: 'Take the GAD-7' }).click();
  await fillDate(whenField(page, 'Date'), date);
  for (const [i, label] of labels.entries()) await answer(page, i + 1, label);
  await page.getByRole('button', { name: 'Save GAD-7' }).click();
}

test('outcomes from a baseline, retakes within 14 days, incomplete questionnaires and a kept item-9 answer', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await page.keyboard.press('Control+4');

  await takeGad7(page, daysAgo(55), Array(7).fill('More than half the days'));
  await expect(page.locator('[data-score-total]')).toHaveText('14');
  await page.getByRole('button', { name: 'Back to check-ins' }).click();
  // A gentle in-app reminder, here and on Today, once the last one is more than two weeks old.
  await expect(page.getByText('It has been 55 days since your last GAD-7.')).toBeVisible();
  await page.getByRole('link', { name: 'Cairn', exact: true }).click();
  await expect(page.getByText('It has been 55 days since your last GAD-7.')).toBeVisible();
  await expect(page.getByText(/since your last PHQ-9/)).toHaveCount(0);
  await page.keyboard.press('Control+4');
  await takeGad7(page, daysAgo(5), [...Array(6).fill('Several days'), 'Not at all']);
  await expect(page.locator('[data-score-total]')).toHaveText('6');
  await page.getByRole('button', { name: 'Back to check-ins' }).click();

  // A third within 14 days is allowed but labelled; six of seven answered means no total, never a lower one.
  await page.getByRole('link', { name: 'Take the GAD-7' }).click();
  await expect(page.getByText(/You took the GAD-7 on .* \(5 days before\)/)).toBeVisible();
  for (let item = 1; item <= 6; item++) await answer(page, item, 'Nearly every day');
  await page.getByRole('button', { name: 'Save GAD-7' }).click();
  await expect(page.getByRole('alert')).toContainText('Item 7 is not answered. Without every item there is no total.');
  await expect(page.getByRole('radiogroup', { name: /^7\. / }).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await page.getByRole('button', { name: 'Save as incomplete' }).click();
  const result = page.getByRole('region', { name: /^GAD-7 saved for/ });
  await expect(result).toContainText('Incomplete: item 7 was not answered, so this GAD-7 has no total.');
  await expect(result).toContainText('Taken within 14 days of your previous GAD-7');
  await expect(result.locator('[data-score-total]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to check-ins' }).click();

  const gad = page.getByRole('region', { name: 'GAD-7 history' });
  const facts = (term: string) => gad.locator('dt', { hasText: new RegExp(`^${term}`) }).locator('xpath=following-sibling::dd[1]');
  await expect(facts('Baseline')).toContainText('14 (moderate)');
  await expect(facts('Baseline')).toContainText('(first in this period, not marked as a baseline)');
  await expect(facts('Latest')).toContainText('6 (mild)');
  await expect(facts('Change')).toHaveText('−8 points (−57%) — Reliable change: the total fell by 4 points or more');
  await expect(facts('Response')).toHaveText('Yes');
  await expect(facts('Remission')).toHaveText('No');
  await expect(gad.getByRole('row').nth(1)).toContainText('Incomplete');
  await expect(gad.getByRole('row').nth(1)).toContainText('Within 14 days of the previous one');
  await expect(gad.getByRole('row').nth(1)).toContainText('Item 7 unanswered');
  await shoot(page, (name) => testInfo.outputPath(name), 'history-outcomes');

  // A baseline the user marks replaces the first in the period.
  await gad.getByRole('button', { name: `Mark GAD-7 of ${formatDay(daysAgo(5))} as baseline` }).click();
  await expect(facts('Baseline')).toContainText('6 (mild)');
  await expect(facts('Baseline')).toContainText('(marked by you as the start of treatment)');
  await expect(facts('Response')).toHaveText('Not yet: needs a later score than the baseline.');
  await gad.getByRole('button', { name: `Unmark GAD-7 of ${formatDay(daysAgo(5))} as baseline` }).click();
  await expect(facts('Baseline')).toContainText('14 (moderate)');

  // Deleting offers Undo.
  await gad.getByRole('button', { name: `Delete GAD-7 of ${formatDay(daysAgo(0))}` }).click();
  await expect(gad.getByRole('row')).toHaveCount(3);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(gad.getByRole('row')).toHaveCount(4);

  // Item 9 alone, with no plan yet: the screen still opens, with example numbers, and the answer is kept.
  await page.getByRole('link', { name: 'Take the PHQ-9' }).click();
  await answer(page, 9, 'Nearly every day');
  const safety = page.getByRole('dialog', { name: 'Your safety plan' });
  await expect(safety).toContainText('You have not written a safety plan yet.');
  await expect(safety).toContainText('988 (US and Canada)');
  await expect(safety).toContainText('nobody monitors it');
  await page.keyboard.press('Escape');
  await expect(safety).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as an unfinished PHQ-9 (a draft)' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish later' }).click();

  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await page.keyboard.press('Control+4');
  // Kept as a visible draft, its item-9 answer shown.
  await expect(page.getByRole('region', { name: 'Unfinished' })).toContainText('1 of 9 answered. It has no total until you finish it. Item 9: “Nearly every day”.');
  await expect(page.getByRole('region', { name: 'GAD-7 history' }).getByRole('row')).toHaveCount(4);
  expect(foreignRequests(cairn)).toEqual([]);
});
