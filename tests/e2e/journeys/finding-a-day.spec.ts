/**
 * Journey: finding a day (issue 15, journey 5). A person looks back at one
 * day in the month view: days they wrote on are marked, and choosing a day
 * opens that day — its check-in, entries, doses and therapy session, read
 * from the store — where the check-in and entries can be edited. What is
 * stored follows the edits, across a restart.
 */
import type { Page } from '@playwright/test';
import type { AnyRecord } from '../../../src/shared/domain';
import { longDay } from '../../../src/shared/journal/days';
import { formatTime } from '../../../src/shared/time/format';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { unlockToShell } from '../steps';
import { storedOfKind } from './stored-records';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expectDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// A shared 2-core machine: starting the app counts against this too; nothing here waits on a clock.
test.describe.configure({ timeout: E2E_SLOW_TEST });

const WRITTEN = day(-3); // a check-in, an entry, a dose and a session
const ONLY_ENTRY = day(-5); // an entry and nothing else
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });

function seedData(): AnyRecord[] {
  return [
    { kind: 'journal.checkin', ...meta(`checkin-${WRITTEN}`), date: WRITTEN, mood: 6, anxiety: 3, triggers: [], coping: ['walk'], tags: [], note: 'Slow start.' },
    { kind: 'journal.entry', ...meta('entry-lunch'), date: WRITTEN, time: '13:10', title: 'Lunch with Sam', body: 'We sat by the river.', tags: [], shareWithProvider: false },
    { kind: 'journal.entry', ...meta('entry-rain'), date: ONLY_ENTRY, time: '21:00', title: 'Rain all day', body: 'Stayed in and read.', tags: [], shareWithProvider: false },
    {
      kind: 'med.medication', ...meta('sertraline'), name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg', prescriber: '', reason: '',
      steps: [{ id: 's1', type: 'start', date: day(-40), amount: 50, schedule: { kind: 'times', times: ['08:00'] }, reason: '', checkIn: '' }],
      supply: null,
    },
    { kind: 'med.dose', ...meta('dose-1'), date: WRITTEN, medicationId: 'sertraline', time: '08:00', status: 'taken', takenAt: '08:05', amount: null, reason: '' },
    { kind: 'therapy.session', ...meta('session-1'), date: WRITTEN, modality: 'cbt', attended: true, notes: '', takeaways: 'Notice the first thought.', homework: '' },
  ] as AnyRecord[];
}

/** The month view, showing the month of `target`. */
async function monthOf(page: Page, target: string) {
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  const title = page.locator('#month-title');
  const wanted = new Date(`${target}T12:00:00`).toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
  for (let i = 0; i < 2 && (await title.textContent()) !== wanted; i++) await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(title).toHaveText(wanted);
}

test('a day opens as a day: marked in the month, its records together, editable from there', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await seedRecords(page, seedData());
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+1');

  await monthOf(page, ONLY_ENTRY);
  // Days with entries are marked, in words for a screen reader and visibly.
  const entryDay = page.getByRole('button', { name: new RegExp(`^${longDay(ONLY_ENTRY)}: no check-in; 1 entry`) });
  await expect(entryDay).toBeVisible();
  await expect(entryDay.locator('[data-mark="entries"]')).toBeVisible();
  const writtenDay = page.getByRole('button', { name: new RegExp(`^${longDay(WRITTEN)}: mood 6 of 10; 1 entry`) });
  await expect(writtenDay).toBeVisible();

  await page.setViewportSize({ width: 900, height: 650 });
  await writtenDay.click();
  // The day, not the check-in editor.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const dayView = page.getByRole('region', { name: longDay(WRITTEN) });
  await expect(dayView).toBeVisible();
  await expect(dayView.getByRole('article', { name: `Check-in, ${longDay(WRITTEN)}` })).toContainText('Mood6/10');
  await expect(dayView.getByRole('article', { name: 'Lunch with Sam' })).toContainText('We sat by the river.');
  const doses = dayView.getByRole('list', { name: 'Doses' });
  await expect(doses).toContainText('Sertraline');
  await expect(doses).toContainText(`taken at ${formatTime('08:05')}`);
  await expect(dayView.getByRole('list', { name: 'Therapy' })).toContainText('CBT session, attended');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await dayView.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`day-view-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Edit the check-in from the day.
  await dayView.getByRole('button', { name: `Edit check-in of ${longDay(WRITTEN)}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The mood scale takes the focus; one digit sets it and Enter saves.
  const mood = page.getByRole('radiogroup', { name: 'Mood' });
  await expect(mood.locator('input:focus')).toHaveCount(1);
  await page.keyboard.press('8');
  await expect(mood.getByRole('radio', { name: '8', exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(dayView.getByRole('article', { name: `Check-in, ${longDay(WRITTEN)}` })).toContainText('Mood8/10');

  // Edit an entry from the day.
  await dayView.getByRole('button', { name: 'Edit Lunch with Sam' }).click();
  await expect(page.getByLabel('Title (optional)')).toHaveValue('Lunch with Sam');
  await page.getByLabel('Title (optional)').fill('Lunch with Sam and Ada');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(dayView.getByRole('article', { name: 'Lunch with Sam and Ada' })).toBeVisible();

  // A day without a check-in offers one for that day.
  await page.getByRole('button', { name: 'Back to the month' }).click();
  await page.getByRole('button', { name: new RegExp(`^${longDay(ONLY_ENTRY)}:`) }).click();
  const other = page.getByRole('region', { name: longDay(ONLY_ENTRY) });
  await expect(other.getByRole('article', { name: 'Rain all day' })).toBeVisible();
  await expect(other).toContainText('No check-in for this day.');
  await other.getByRole('button', { name: 'Add a check-in for this day' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectDate(whenField(page, 'Day'), ONLY_ENTRY);
  await page.keyboard.press('Escape');

  // What is stored, read back after a restart.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  const checkins = await storedOfKind(page, 'journal.checkin');
  expect(checkins.map((c) => [c.date, c.mood])).toEqual([[WRITTEN, 8]]);
  const entries = await storedOfKind(page, 'journal.entry');
  expect(entries.map((e) => [e.date, e.title]).sort()).toEqual([[ONLY_ENTRY, 'Rain all day'], [WRITTEN, 'Lunch with Sam and Ada']].sort());
  expect(foreignRequests(cairn)).toEqual([]);
});
