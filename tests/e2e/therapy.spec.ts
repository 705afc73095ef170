import { randomBytes } from 'node:crypto';
import { axeScan } from './axe';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, foreignRequests, test } from './fixtures';
import { filesContaining } from './raw-bytes';
import { formatDay, formatTime } from '../../src/shared/time/format';
import { day } from './seed';
import { unlockToShell } from './steps';
import { axeProblems } from './journeys/axe-both-schemes';
import { chooseOption } from './kit-select';
import { fillDate, fillTime, whenField } from './dates';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

// Dates the app computes from the clock, computed the same way here (local time).
const shown = (offset: number) => formatDay(day(offset));

async function openTherapy(page: Page, tab: string) {
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function openHomework(page: Page, form: string) {
  await openTherapy(page, 'Homework');
  await page.getByRole('tab', { name: form }).click();
}

/** Light and dark screenshots of the whole page, to be looked at. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: testInfo.outputPath(`${name}-light.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  // A record's panel is also looked at in the smallest window Cairn supports (DESIGN.md: 900×650).
  const size = page.viewportSize();
  if (name.endsWith('-panel') && size) {
    await page.setViewportSize({ width: 900, height: 650 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-900x650.png`) });
    await page.setViewportSize(size);
  }
}

/** Axe finds no missing label, bad role or low contrast in the therapy page, light and dark. */
async function expectAccessible(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axeScan(page, { include: 'main' });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function addCheckIn(card: Locator, date: string, score: string, note: string) {
  await fillDate(whenField(card, 'Check-in date'), date);
  await card.getByLabel('Progress (0–10)').fill(score);
  await card.getByLabel('Note (optional)').fill(note);
  await card.getByRole('button', { name: 'Add check-in' }).click();
  await expect(card.getByRole('listitem').filter({ hasText: `${score}/10` }).first()).toBeVisible();
}

test('log a session with homework, then a goal with three progress check-ins', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await openTherapy(page, 'Sessions');
  await expect(page.getByText('No sessions yet.')).toBeVisible();

  // The list's empty state offers the first session; the form opens in a panel.
  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'Log a session' }).getByRole('form', { name: 'Log a session' });
  await chooseOption(page, 'Kind of therapy', 'CBT', form);
  await form.getByLabel('Key takeaways').fill('Catastrophising shows up before meetings.');
  await form.getByLabel('Homework agreed').fill('Two thought records before next session.');
  await form.getByLabel('Private notes').fill('Felt listened to.');
  await form.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New session' })).toBeFocused();

  const session = page.getByRole('article', { name: `Session of ${shown(0)}` });
  await expect(session).toContainText('CBT');
  await expect(session).toContainText('Attended');
  await expect(session).toContainText('Homework agreed');
  await expect(session).toContainText('Two thought records before next session.');
  await expect(page.getByText('1 attended of 1 logged.')).toBeVisible();
  // CBT homework points to the form that fits it.
  await expect(session.getByRole('link', { name: 'Open thought records' })).toBeVisible();
  await screenshots(page, testInfo, 'sessions');
  await expectAccessible(page);

  // Delete offers Undo, and Undo brings the session back.
  await session.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(session).toContainText('Two thought records before next session.');

  // Tabs work from the keyboard: the arrow key moves to Goals.
  await page.getByRole('tab', { name: 'Sessions' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Goals' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Goals' })).toBeFocused();

  // The goal opens in a panel; a new one closes once added and focus is back on "New goal".
  await expect(page.getByText('No goals yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New goal' }).click();
  const goalForm = page.getByRole('dialog', { name: 'New goal' }).getByRole('form', { name: 'New goal' });
  await goalForm.getByLabel('Goal', { exact: true }).fill('Speak up in team meetings');
  await goalForm.getByLabel('Why it matters').fill('My ideas get lost.');
  await chooseOption(page, 'Kind of therapy', 'CBT', goalForm);
  await fillDate(whenField(goalForm, 'Start date'), day(-30));
  await goalForm.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New goal' })).toBeFocused();

  const goalCard = page.getByRole('article', { name: 'Speak up in team meetings' });
  await expect(goalCard).toContainText('No check-ins yet.');
  await goalCard.getByRole('button', { name: 'Open goal Speak up in team meetings' }).click();
  const goal = page.getByRole('dialog', { name: 'Speak up in team meetings' });
  await addCheckIn(goal, day(-21), '3', 'Said one thing');
  await addCheckIn(goal, day(-14), '4', '');
  await addCheckIn(goal, day(-7), '6', 'Presented a slide');

  // History at a glance: the list of check-ins in the panel, a sparkline and the trend on the card (least squares: +1.5 a week).
  await expect(goal.getByRole('list', { name: 'Check-ins for Speak up in team meetings' }).getByRole('listitem')).toHaveCount(3);
  await expect(goal.getByLabel('Progress summary of Speak up in team meetings')).toHaveText('3 check-ins · first 3/10 · latest 6/10 · change +3 · trend +1.5 a week');

  await chooseOption(page, 'Status', 'Paused', goal);
  await goal.getByRole('button', { name: 'Save changes' }).click();
  await expect(goal.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await screenshots(page, testInfo, 'goal-panel');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);

  // A check-in out of range is refused and the goal keeps its three.
  await goal.getByLabel('Progress (0–10)').fill('11');
  await goal.getByRole('button', { name: 'Add check-in' }).click();
  await expect(goal.getByRole('alert').filter({ hasText: 'Progress: use a whole number from 0 to 10.' })).toBeVisible();
  await expect(goal.getByRole('list', { name: /^Check-ins for/ }).getByRole('listitem')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(goalCard.getByRole('img', { name: 'Progress of Speak up in team meetings: from 3 to 6 over 3 check-ins' })).toBeVisible();
  await expect(goalCard.getByLabel('Progress summary of Speak up in team meetings')).toHaveText('3 check-ins · first 3/10 · latest 6/10 · change +3 · trend +1.5 a week');
  await expect(goalCard).toContainText('Paused');
  await screenshots(page, testInfo, 'goals');
  await expectAccessible(page);

  expect(foreignRequests(cairn)).toEqual([]);
});

test('a thought record shows the change in each mood, and can be completed later', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await openHomework(page, 'Thought records (CBT)');
  await expect(page.getByText('No thought records yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New thought record' }).click();
  const thought = page.getByRole('dialog', { name: 'New thought record' }).getByRole('form', { name: 'New thought record' });
  // Markup typed by the user stays text and never runs.
  await thought.getByLabel('1. Situation').fill('Manager said <b>"can we talk"</b> <img src=x onerror="window.__ran=1">');
  await thought.getByLabel('Automatic thought 1', { exact: true }).fill('I am going to be let go.');
  await thought.getByLabel('Mood 1', { exact: true }).fill('Fear');
  await thought.getByLabel('Intensity of Fear (0–100 %)').fill('80');
  await thought.getByLabel('4. Evidence for the hot thought').fill('She looked serious.');
  await thought.getByLabel('5. Evidence against the hot thought').fill('Good review last month.');
  await thought.getByLabel('6. Alternative or balanced thought').fill('It is probably about the project deadline.');
  await thought.getByLabel('Fear re-rated (0–100 %)').fill('45');
  await screenshots(page, testInfo, 'thought-record-panel');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  await thought.getByRole('button', { name: 'Save thought record' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New thought record' })).toBeFocused();

  const record = page.getByRole('article', { name: `Thought record of ${shown(0)}: Fear` });
  await expect(record).toContainText('Fear 80 % → 45 % (change −35)');
  await expect(record).toContainText('Manager said <b>"can we talk"</b> <img src=x onerror="window.__ran=1">');
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  await screenshots(page, testInfo, 'thought-record');
  await expectAccessible(page);

  // Open later: the record keeps its place and shows the new figures.
  await record.getByRole('button', { name: /^Open/ }).click();
  const edit = page.getByRole('dialog', { name: `Thought record of ${shown(0)}` }).getByRole('form', { name: 'Edit thought record' });
  await edit.getByLabel('Fear re-rated (0–100 %)').fill('30');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Changes saved.');
  await page.keyboard.press('Escape');
  await expect(record.getByRole('button', { name: /^Open/ })).toBeFocused();
  await expect(record).toContainText('Fear 80 % → 30 % (change −50)');
  await expect(page.getByRole('list', { name: 'Thought records' }).locator(':scope > li')).toHaveCount(1); // one card (its moods and traps are lists of their own)
  expect(foreignRequests(cairn)).toEqual([]);
});

test('a 5-step exposure ladder shows the SUDS drops of two exposures', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await openHomework(page, 'Exposure ladder (ERP)');
  await expect(page.getByText('Add a step to your ladder first')).toBeVisible();
  const steps: [string, string][] = [
    ['Touch the kitchen door handle', '20'],
    ['Touch the bathroom door handle', '35'],
    ['Use a public tap without washing after', '50'],
    ['Touch a bin lid', '70'],
    ['Eat after touching a handrail', '90'],
  ];
  // Each step is added in a panel over the ladder, which closes once the step is added.
  const stepForm = page.getByRole('dialog', { name: 'Add a ladder step' }).getByRole('form', { name: 'Add a ladder step' });
  for (const [situation, suds] of steps) {
    await page.getByRole('button', { name: 'New step' }).click();
    await stepForm.getByLabel('Feared situation').fill(situation);
    await stepForm.getByLabel('Expected SUDS (0–100)').fill(suds);
    await stepForm.getByRole('button', { name: 'Add step' }).click();
    await expect(page.getByRole('list', { name: 'Exposure ladder' })).toContainText(situation);
  }
  const ladder = page.getByRole('list', { name: 'Exposure ladder' }).getByRole('listitem');
  await expect(ladder).toHaveCount(5);
  await expect(ladder.nth(4)).toHaveAccessibleName('Step 5: Eat after touching a handrail');

  // Each exposure is logged in a panel that closes once it is saved.
  const log = page.getByRole('dialog').getByRole('form', { name: 'Log an exposure' });
  const exposures: [string, string, string][] = [
    ['40', '60', '20'],
    ['35', '50', '15'],
  ];
  for (const [before, peak, after] of exposures) {
    await page.getByRole('button', { name: 'Log an exposure' }).click();
    await chooseOption(page, 'Ladder step', '2. Touch the bathroom door handle', log);
    await log.getByLabel('SUDS before (0–100)').fill(before);
    await log.getByLabel('SUDS at peak (0–100)').fill(peak);
    await log.getByLabel('SUDS after (0–100)').fill(after);
    await log.getByRole('radiogroup', { name: 'Ritual resisted' }).getByText('Yes', { exact: true }).click();
    await log.getByRole('button', { name: 'Log exposure' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  const logged = page.getByRole('list', { name: 'Exposures' }).getByRole('listitem');
  await expect(logged).toHaveCount(2);
  await expect(logged.filter({ hasText: 'SUDS 40 before · 60 at the peak · 20 after' })).toContainText(
    'Drop from before: 20 · from the peak: 40 · ritual resisted',
  );
  await expect(logged.filter({ hasText: 'SUDS 35 before' })).toContainText('Drop from before: 20 · from the peak: 35');
  // The step's average over its two exposures: (20+20)/2 from before, (40+35)/2 from the peak.
  await expect(ladder.nth(1)).toContainText('2 exposures · average drop from before: 20 · from the peak: 37.5');
  await expect(ladder.nth(0)).toContainText('not practised yet');
  await screenshots(page, testInfo, 'exposure');
  await expectAccessible(page);
  expect(foreignRequests(cairn)).toEqual([]);
});

test('a DBT diary card per day and a practice log', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await openHomework(page, 'Diary card (DBT)');
  await expect(page.getByText('No diary cards yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New diary card' }).click();
  let card = page.getByRole('dialog', { name: 'New diary card' }).getByRole('form', { name: 'Diary card' });
  await card.getByRole('button', { name: 'Add target behaviour' }).click();
  await card.getByLabel('Target behaviour 1', { exact: true }).fill('Skipping meals');
  await card.getByLabel('Urge for Skipping meals (0–5)').fill('3');
  await card.getByRole('button', { name: 'Add emotion' }).click();
  await card.getByLabel('Emotion 1', { exact: true }).fill('Sadness');
  await card.getByLabel('Intensity of Sadness (0–5)').fill('2');
  await card.getByText('Distress tolerance', { exact: true }).click();
  await card.getByLabel('Which distress tolerance skills (optional)').fill('TIPP');
  await screenshots(page, testInfo, 'diary-card-panel');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  await card.getByRole('button', { name: 'Save diary card' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const saved = page.getByRole('article', { name: `Diary card of ${shown(0)}` });
  await expect(saved).toContainText('Skipping meals 3/5');
  await expect(saved).toContainText('Distress tolerance (TIPP)');
  // Today's card is there: the button opens it.
  await page.getByRole('button', { name: 'Open today’s card' }).click();
  card = page.getByRole('dialog', { name: `Diary card for ${shown(0)}` }).getByRole('form', { name: 'Diary card' });
  await expect(card.getByLabel('Urge for Skipping meals (0–5)')).toHaveValue('3');
  // A new day starts from the same targets, unrated.
  // Typed segment by segment, each whole day opens its own card (the dialog's name changes): the field is found by the form.
  await fillDate(whenField(page.getByRole('form', { name: 'Diary card' }), 'Day'), day(-1));
  const yesterday = page.getByRole('dialog', { name: 'New diary card' }).getByRole('form', { name: 'Diary card' });
  await expect(yesterday.getByLabel('Target behaviour 1', { exact: true })).toHaveValue('Skipping meals');
  await expect(yesterday.getByLabel('Urge for Skipping meals (0–5)')).toHaveValue('');
  await yesterday.getByLabel('Urge for Skipping meals (0–5)').fill('6');
  await yesterday.getByRole('button', { name: 'Save diary card' }).click();
  // Each message on its own field: the urge typed out of range, and the emotion carried over unrated.
  await expect(yesterday.getByRole('alert')).toHaveText(['Urge: use a whole number from 0 to 5.', 'Emotion intensity: use a whole number from 0 to 5.']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Diary cards' }).getByRole('listitem')).toHaveCount(1);
  await screenshots(page, testInfo, 'diary-card');
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Practice log' }).click();
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Log a practice' }).click();
  const practice = page.getByRole('dialog', { name: 'Log a practice' }).getByRole('form', { name: 'Log a practice' });
  await practice.getByLabel('What you practised').fill('Box breathing');
  await practice.getByLabel('Minutes').fill('0');
  await practice.getByRole('button', { name: 'Log practice' }).click();
  await expect(practice.getByRole('alert')).toContainText('Minutes');
  await practice.getByLabel('Minutes').fill('10');
  await practice.getByLabel('How it went').fill('Calmer afterwards.');
  await screenshots(page, testInfo, 'practice-panel');
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
  await practice.getByRole('button', { name: 'Log practice' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log a practice' })).toBeFocused();
  const logged = page.getByRole('article', { name: `Box breathing, ${shown(0)}` });
  await expect(logged).toContainText('10 min');
  // Open it later to add how it went; Escape puts focus back on its Open button.
  await logged.getByRole('button', { name: /^Open/ }).click();
  const opened = page.getByRole('dialog', { name: `Box breathing, ${shown(0)}` });
  await opened.getByLabel('How it went').fill('Calmer afterwards, slept well.');
  await opened.getByRole('button', { name: 'Save changes' }).click();
  await expect(opened.getByRole('status')).toHaveText('Changes saved.');
  await page.keyboard.press('Escape');
  await expect(logged.getByRole('button', { name: /^Open/ })).toBeFocused();
  await expect(logged).toContainText('Calmer afterwards, slept well.');

  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('the questions canary', () => {
  // It reads the files the browser wrote: a Chromium of its own on a profile folder (ProfileStore in fixtures.ts);
  // the other tests here read no browser files and get a context of the worker's Chromium.
  test.use({ profile: 'disk' });

  test('questions for the next appointment show on the home screen and stay encrypted', async ({ cairn }, testInfo) => {
    let { page } = cairn;
    const marker = `CANARY${randomBytes(6).toString('hex')}`;
    await expect(page.getByRole('region', { name: 'Next appointment' })).toContainText('None planned.');

    await openTherapy(page, 'Providers');
    await expect(page.getByText('No providers yet.')).toBeVisible();
    await page.getByRole('button', { name: 'New provider' }).click();
    const providerForm = page.getByRole('dialog', { name: 'Add a provider' }).getByRole('form', { name: 'Add a provider' });
    await providerForm.getByLabel('Name').fill('Dr Ana Rivera');
    await chooseOption(page, 'Role', 'Psychiatrist', providerForm);
    await providerForm.getByRole('button', { name: 'Add provider' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Dr Ana Rivera' })).toContainText('Psychiatrist');
    await expect(page.getByRole('button', { name: 'New provider' })).toBeFocused();

    await page.getByRole('tab', { name: 'Appointments' }).click();
    await expect(page.getByText('No upcoming appointment.')).toBeVisible();
    // Each appointment is added in a panel that closes once it is saved; focus is back on "New appointment".
    const addAppointment = async (date: string, time: string, type: string) => {
      await page.getByRole('button', { name: 'New appointment' }).click();
      const form = page.getByRole('dialog', { name: 'Add an appointment' }).getByRole('form', { name: 'Add an appointment' });
      await fillDate(whenField(form, 'Appointment date'), date);
      await fillTime(whenField(form, 'Time (optional)'), time);
      await chooseOption(page, 'Provider', 'Dr Ana Rivera (Psychiatrist)', form);
      await chooseOption(page, 'Type', type, form);
      await form.getByRole('button', { name: 'Add appointment' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'New appointment' })).toBeFocused();
    };
    // A later one and an earlier one: the home screen must pick the earlier.
    await addAppointment(day(21), '09:00', 'Therapy session');
    await addAppointment(day(7), '10:30', 'Medication review');
    const nextTitle = `Medication review on ${shown(7)} at ${formatTime('10:30')} with Dr Ana Rivera (Psychiatrist)`;
    const nextCard = page.getByRole('article', { name: nextTitle });
    await expect(page.getByRole('list', { name: 'Upcoming appointments' }).getByRole('article').first()).toHaveAccessibleName(nextTitle);

    // Questions are gathered in the visit's panel.
    const questions = [`Is the nausea expected to pass? ${marker}`, 'Can we talk about the sleep changes?'];
    await nextCard.getByRole('button', { name: `Open ${nextTitle}` }).click();
    let next = page.getByRole('dialog', { name: nextTitle });
    for (const q of questions) {
      await next.getByLabel('Question for this visit').fill(q);
      await next.getByRole('button', { name: 'Add question' }).click();
      await expect(next.getByLabel(`Asked: ${q}`)).not.toBeChecked();
    }
    // An empty question is refused on its field.
    await next.getByRole('button', { name: 'Add question' }).click();
    await expect(next.getByRole('alert')).toHaveText('Write the question before adding it.');
    await screenshots(page, testInfo, 'appointment-panel');
    expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(nextCard.getByRole('button', { name: `Open ${nextTitle}` })).toBeFocused();
    await expect(nextCard.getByRole('list', { name: `Questions for ${nextTitle}` }).getByRole('listitem')).toHaveText(questions);

    const other = page.getByRole('article', { name: /^Therapy session on/ });
    await other.getByRole('button', { name: /^Open/ }).click();
    await page.getByRole('dialog').getByLabel('Question for this visit').fill('Not for the next one');
    await page.getByRole('dialog').getByRole('button', { name: 'Add question' }).click();
    await expect(page.getByRole('dialog').getByRole('listitem')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await screenshots(page, testInfo, 'appointments');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Cairn', exact: true }).click();
    const home = page.getByRole('region', { name: 'Next appointment' });
    await expect(home).toContainText(nextTitle);
    await expect(home.getByRole('list', { name: 'Questions for the next appointment' }).getByRole('listitem')).toHaveText(questions);
    await expect(home).not.toContainText('Not for the next one');
    await screenshots(page, testInfo, 'home');

    // After the visit: a question marked as asked leaves the home screen; the decision is kept.
    await home.getByRole('link', { name: 'Open appointments' }).click();
    await nextCard.getByRole('button', { name: `Open ${nextTitle}` }).click();
    next = page.getByRole('dialog', { name: nextTitle });
    await next.getByLabel(`Asked: ${questions[0]}`).check();
    await expect(next.getByLabel(`Asked: ${questions[0]}`)).toBeChecked();
    await next.getByLabel('After the visit: what was decided').fill('Keep the dose; review in four weeks.');
    await next.getByRole('button', { name: 'Save changes' }).click();
    await expect(next.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nextCard).toContainText('Keep the dose; review in four weeks.');
    await expect(nextCard).toContainText('1 of 2 questions still to ask');

    await cairn.restart();
    page = cairn.page;
    await unlockToShell(page);
    const homeAgain = page.getByRole('region', { name: 'Next appointment' });
    await expect(homeAgain.getByRole('listitem')).toHaveText([questions[1]!]);
    await openTherapy(page, 'Appointments');
    await page.getByRole('article', { name: nextTitle }).getByRole('button', { name: `Open ${nextTitle}` }).click();
    await expect(page.getByRole('dialog', { name: nextTitle }).getByLabel('After the visit: what was decided')).toHaveValue('Keep the dose; review in four weeks.');
    await page.keyboard.press('Escape');

    // Promise 2: the question typed into the form is nowhere on disk in clear.
    await page.keyboard.press('Control+L');
    await cairn.quit();
    expect(filesContaining(cairn.profileDir, marker)).toEqual([]);
    expect(filesContaining(cairn.vaultDir, marker)).toEqual([]);
    expect(foreignRequests(cairn)).toEqual([]);
  });
});

test('invalid input gets a message and saves nothing', async ({ cairn }, testInfo) => {
  let { page } = cairn;

  // A session dated tomorrow cannot be marked as attended.
  await openTherapy(page, 'Sessions');
  await page.getByRole('button', { name: 'New session' }).click();
  const session = page.getByRole('form', { name: 'Log a session' });
  await fillDate(whenField(session, 'Date'), day(1));
  await expect(session.getByLabel('Attended')).toBeChecked();
  await session.getByLabel('Homework agreed').fill('Planned homework');
  await session.getByRole('button', { name: 'Save session' }).click();
  await expect(session.getByRole('alert')).toHaveText(
    'This session is dated after today, so it can’t be marked as attended yet. Change the date or untick “Attended”.',
  );
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await screenshots(page, testInfo, 'invalid-session');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // An empty thought record: each message on its own field.
  await page.getByRole('tab', { name: 'Homework' }).click();
  await page.getByRole('button', { name: 'New thought record' }).click();
  const thought = page.getByRole('dialog').getByRole('form', { name: 'New thought record' });
  await thought.getByRole('button', { name: 'Save thought record' }).click();
  await expect(thought.getByRole('alert')).toHaveText([
    'Describe the situation first: a thought record needs at least the situation, the automatic thought and the emotion.',
    'Name each mood, or remove the empty row.',
    'Mood intensity: use a whole number from 0 to 100.',
    'Write each automatic thought, or remove the empty row.',
  ]);
  await screenshots(page, testInfo, 'invalid-thought-record');
  await page.keyboard.press('Escape');
  await expect(page.getByText('No thought records yet.')).toBeVisible();

  // SUDS 140, on a ladder step and in an exposure log.
  await page.getByRole('tab', { name: 'Exposure ladder (ERP)' }).click();
  await page.getByRole('button', { name: 'New step' }).click();
  const stepForm = page.getByRole('dialog').getByRole('form', { name: 'Add a ladder step' });
  await stepForm.getByLabel('Feared situation').fill('Touch a door handle');
  await stepForm.getByLabel('Expected SUDS (0–100)').fill('140');
  await stepForm.getByRole('button', { name: 'Add step' }).click();
  await expect(stepForm.getByRole('alert')).toHaveText('Expected SUDS: use a whole number from 0 to 100.');
  await expect(page.getByText('No steps yet.')).toBeVisible();

  await stepForm.getByLabel('Expected SUDS (0–100)').fill('40');
  await stepForm.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Exposure ladder' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Log an exposure' }).click();
  const log = page.getByRole('dialog').getByRole('form', { name: 'Log an exposure' });
  await chooseOption(page, 'Ladder step', '1. Touch a door handle', log);
  await log.getByLabel('SUDS before (0–100)').fill('50');
  await log.getByLabel('SUDS at peak (0–100)').fill('140');
  await log.getByLabel('SUDS after (0–100)').fill('20');
  await log.getByRole('button', { name: 'Log exposure' }).click();
  // Each message on its field: the peak out of range, and the ritual question not yet answered.
  await expect(log.getByRole('alert').filter({ hasText: 'SUDS at peak: use a whole number from 0 to 100.' })).toBeVisible();
  await expect(log.getByRole('alert').filter({ hasText: 'Say whether you resisted the ritual' })).toBeVisible();
  await screenshots(page, testInfo, 'exposure-panel');
  await page.keyboard.press('Escape');
  await expect(page.getByText('No exposures logged yet.')).toBeVisible();

  // Nothing refused reached the vault: after a restart only the one valid step is there.
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await openTherapy(page, 'Sessions');
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await openHomework(page, 'Thought records (CBT)');
  await expect(page.getByText('No thought records yet.')).toBeVisible();
  await page.getByRole('tab', { name: 'Exposure ladder (ERP)' }).click();
  await expect(page.getByRole('list', { name: 'Exposure ladder' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('No exposures logged yet.')).toBeVisible();
  expect(foreignRequests(cairn)).toEqual([]);
});
