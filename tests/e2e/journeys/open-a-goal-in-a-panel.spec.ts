/**
 * Journey: a person with two dozen therapy goals turns the Goals list to its
 * second page, opens one goal in the panel and adds a progress check-in there.
 * They correct the score of an older check-in, remove another and bring it
 * back with Undo, all inside the panel, then close it with Escape. Focus is
 * back on the goal they opened, its card shows the new figures and the vault
 * holds the same goal (same id and creation time) with the new check-in.
 */
import type { AnyRecord } from '../../../src/shared/domain';
import { formatDay } from '../../../src/shared/time/format';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedRecords } from './therapy-stored';
import { E2E_SLOW_TEST } from '../../timeouts';
import { chooseOption } from '../kit-select';
import { expectDate, fillDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const GOALS = 24;
const CREATED = new Date().toISOString();
const shown = (offset: number) => formatDay(day(offset));

// All active; the newest start first, so goal-0 leads page 1 and goal-22 sits on page 2.
const goals: AnyRecord[] = Array.from({ length: GOALS }, (_, g) => ({
  kind: 'therapy.goal',
  id: `goal-${String(g).padStart(2, '0')}`,
  createdAt: CREATED,
  updatedAt: CREATED,
  title: `Goal number ${g}`,
  why: g === 22 ? 'So I can go to my nephew’s games.' : '',
  startDate: day(-100 - g),
  status: 'active',
  checkIns:
    g === 22
      ? [
          { id: 'c1', date: day(-30), score: 2, note: 'Stayed ten minutes' },
          { id: 'c2', date: day(-20), score: 4, note: '' },
        ]
      : [],
}));

test('two dozen goals: page to one, open it, add and correct check-ins in the panel, Escape, and find them stored', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seedRecords(page, goals);
  await reloadAndUnlock(page);

  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Goals', exact: true }).click();
  const list = page.getByRole('list', { name: 'Goals' });
  await expect(list.getByRole('article')).toHaveCount(20);
  const pager = page.getByRole('navigation', { name: 'Goals: pages' });
  await expect(pager).toContainText(`1–20 of ${GOALS} · page 1 of 2`);
  await pager.getByRole('button', { name: 'Older' }).click();
  await expect(pager).toContainText(`21–${GOALS} of ${GOALS} · page 2 of 2`);

  const card = list.getByRole('article', { name: 'Goal number 22' });
  await expect(card.getByLabel('Progress summary of Goal number 22')).toHaveText('2 check-ins · first 2/10 · latest 4/10 · change +2 · trend +1.4 a week');
  const open = card.getByRole('button', { name: 'Open goal Goal number 22' });
  await open.click();
  const panel = page.getByRole('dialog', { name: 'Goal number 22' });
  await expect(panel.getByLabel('Why it matters')).toHaveValue('So I can go to my nephew’s games.');
  const checkIns = panel.getByRole('list', { name: 'Check-ins for Goal number 22' }).getByRole('listitem');
  await expect(checkIns).toHaveCount(2);

  // A new check-in: it joins the list, the panel says so, and the form is ready for the next.
  await fillDate(whenField(panel, 'Check-in date'), day(-2));
  await panel.getByLabel('Progress (0–10)').fill('7');
  await panel.getByLabel('Note (optional)').fill('Watched the whole game');
  await panel.getByRole('button', { name: 'Add check-in' }).click();
  await expect(checkIns).toHaveCount(3);
  await expect(checkIns.nth(2)).toContainText('Watched the whole game');
  await expect(panel.getByRole('status').filter({ hasText: 'Check-in added' })).toHaveText(`Check-in added: 7/10 on ${shown(-2)}.`);
  await expect(panel.getByLabel('Progress (0–10)')).toHaveValue('');

  // Correct an older one with the keyboard: Edit, type, Enter; focus comes back to its Edit button.
  const second = `the check-in of ${shown(-20)}`;
  await panel.getByRole('button', { name: `Edit ${second} (4/10)` }).click();
  await expect(panel.getByLabel('Progress (0–10)')).toBeFocused();
  await expectDate(whenField(panel, 'Check-in date'), day(-20));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: `Edit ${second} (5/10)` })).toBeFocused();
  await expect(panel.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();

  // Remove the first and Undo, inside the panel.
  await panel.getByRole('button', { name: `Remove the check-in of ${shown(-30)} (2/10)` }).click();
  await expect(checkIns).toHaveCount(2);
  await panel.page().screenshot({ path: testInfo.outputPath('goal-panel-undo-light.png') });
  await panel.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(checkIns).toHaveCount(3);
  await expect(checkIns.first()).toContainText('Stayed ten minutes');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`goal-panel-${scheme}.png`) });
  }
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: testInfo.outputPath('goal-panel-900x650.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(pager).toContainText('page 2 of 2');
  await expect(card.getByLabel('Progress summary of Goal number 22')).toHaveText(/^3 check-ins · first 2\/10 · latest 7\/10 · change \+5/);
  await expect(card.getByRole('img', { name: 'Progress of Goal number 22: from 2 to 7 over 3 check-ins' })).toBeVisible();

  const stored = (await storedRecords(page, 'therapy.goal')).find((g) => g.id === 'goal-22');
  expect(stored).toMatchObject({ title: 'Goal number 22', createdAt: CREATED, startDate: day(-122), status: 'active' });
  expect(stored!.updatedAt > CREATED).toBe(true);
  expect(stored!.checkIns.map(({ date, score, note }) => ({ date, score, note }))).toEqual([
    { date: day(-30), score: 2, note: 'Stayed ten minutes' },
    { date: day(-20), score: 5, note: '' },
    { date: day(-2), score: 7, note: 'Watched the whole game' },
  ]);
  expect(stored!.checkIns.find((c) => c.date === day(-2))!.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await storedRecords(page, 'therapy.goal')).toHaveLength(GOALS);
  expect(foreignRequests(cairn)).toEqual([]);
});

/*
 * Marking a goal achieved in its panel sorts it after the active ones, onto the
 * other page of the list: the button that opened the panel is gone with it.
 * Closing the panel must still leave focus somewhere a person can go on from
 * (the list's heading), not on the page's body; a goal that stays on the page
 * gets focus back on its own Open button.
 */
test('a goal whose new status moves it to another page: closing its panel puts focus on the Goals heading, not the body', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(page, goals);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Goals', exact: true }).click();
  const list = page.getByRole('list', { name: 'Goals' });
  const pager = page.getByRole('navigation', { name: 'Goals: pages' });
  await expect(pager).toContainText(`1–20 of ${GOALS} · page 1 of 2`);

  await list.getByRole('button', { name: 'Open goal Goal number 0' }).click();
  const panel = page.getByRole('dialog', { name: 'Goal number 0' });
  await chooseOption(page, 'Status', 'Achieved', panel);
  // The panel's buttons sit level (forms.css's submit margin once put Save 8 px below Cancel).
  const save = await panel.getByRole('button', { name: 'Save changes' }).boundingBox();
  const cancel = await panel.getByRole('button', { name: 'Cancel' }).boundingBox();
  expect(Math.abs(save!.y - cancel!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(save!.y + save!.height - (cancel!.y + cancel!.height))).toBeLessThanOrEqual(1);
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  // Saved: the goal has left page 1 behind the panel.
  await expect(list.getByRole('article', { name: 'Goal number 0', exact: true })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const heading = page.getByRole('heading', { level: 3, name: 'Goals' });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.textContent)).toBe('Goals');
  // Tab goes on from there, into the list's controls.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New goal' })).toBeFocused();
  expect((await storedRecords(page, 'therapy.goal')).find((g) => g.id === 'goal-00')).toMatchObject({ status: 'achieved' });

  // A goal that stays on the page (the last on page 2, paused: still after every active one) gets focus back on its Open button.
  await pager.getByRole('button', { name: 'Older' }).click();
  const open = list.getByRole('button', { name: 'Open goal Goal number 23' });
  await open.click();
  const other = page.getByRole('dialog', { name: 'Goal number 23' });
  await chooseOption(page, 'Status', 'Paused', other);
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(foreignRequests(cairn)).toEqual([]);
});
