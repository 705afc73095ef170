import type { AnyRecord } from '../../../src/shared/domain';
import { addDays, isoWeekStart } from '../../../src/shared/medication/days';
import { E2E_LONG_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { pdfPages, pdfText, savePdf } from './pdf';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
// Seeding, a reload and two PDFs on a shared 2-core machine.
test.describe.configure({ timeout: E2E_LONG_TEST });

/*
 * Issue 20, point 4 (and point 3's weekly part). Last week (Monday to Sunday,
 * always in the past whatever today is) was a heavy one: a check-in every
 * day, a diary card every day with two targets of the person's own, six
 * thought records, five exposures, goals that moved and seven questions
 * waiting for the next visit. The weekly review shows it all on one screen
 * and prints it on ONE page, A4 and US Letter, with the extra thought records
 * and questions counted rather than silently dropped.
 */
const monday = addDays(isoWeekStart(day(0)), -7);
const d = (i: number) => addDays(monday, i);
const week = [0, 1, 2, 3, 4, 5, 6];
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const long = 'and then I kept going over it again and again in my head all evening long without any end to it';

const records: AnyRecord[] = [
  ...week.map((i): AnyRecord => ({
    kind: 'journal.checkin', ...meta(`checkin-${d(i)}`), date: d(i), mood: 3 + i, anxiety: 8 - i, sleepHours: 6 + i / 2,
    triggers: [], coping: i % 2 === 0 ? ['Paced breathing', 'Cold water', ...['Walk', 'Music', 'Call Sam', 'Stretch', 'Tea', 'Journal'].slice(0, i + 1)] : ['Paced breathing'], tags: [], note: '',
  })),
  ...week.map((i): AnyRecord => ({
    kind: 'therapy.diaryCard', ...meta(`therapy.diaryCard:${d(i)}`), date: d(i), suicidalUrge: 0, selfHarmUrge: 1, substanceUrge: 0, selfHarmActions: 0,
    misery: 4 - (i % 3), feelings: { sadness: 3, shame: 1, anger: 2, fear: 3, joy: i % 4 }, medicationAsPrescribed: i !== 3, skillsRating: 5,
    urges: [{ target: 'Skipping meals', urge: 2, acted: i === 2 }, { target: 'Avoiding calls', urge: 3, acted: false }],
    emotions: [], skills: [], note: '',
  })),
  ...[0, 1, 2, 3, 4, 5].map((i): AnyRecord => ({
    kind: 'therapy.thoughtRecord', ...meta(`tr-${i}`), date: d(i), situation: `Thought record situation ${i + 1}, ${long}`,
    moods: [{ name: 'Anxious', intensity: 80, rerated: 40 }], thoughts: [{ text: `Hot thought number ${i + 1}`, hot: true }],
    evidenceFor: '', evidenceAgainst: '', balancedThought: 'Balanced',
  })),
  { kind: 'therapy.exposureStep', ...meta('step-bus'), situation: 'Ride the bus two stops', expectedSuds: 60, rank: 1 },
  ...[0, 1, 2, 3, 4].map((i): AnyRecord => ({
    kind: 'therapy.exposure', ...meta(`ex-${i}`), date: d(i + 1), stepId: 'step-bus', sudsBefore: 50, sudsPeak: 70 - i, sudsAfter: 30 - i, ritualResisted: true, note: '',
  })),
  {
    kind: 'therapy.goal', ...meta('goal-walk'), title: 'Walk every morning', why: '', startDate: addDays(monday, -30), status: 'active',
    checkIns: [{ id: 'c1', date: d(1), score: 3, note: '' }, { id: 'c2', date: d(5), score: 6, note: '' }],
  },
  { kind: 'therapy.goal', ...meta('goal-call'), title: 'Call my sister', why: '', startDate: d(2), status: 'active', checkIns: [] },
  // Three more goals with long titles that all moved: the list is capped at four, the rest counted.
  ...[1, 2, 3].map((n): AnyRecord => ({
    kind: 'therapy.goal', ...meta(`goal-long-${n}`), title: `Long goal ${n}: get back to the allotment twice a week and keep the beds weeded through winter`,
    why: '', startDate: addDays(monday, -60), status: 'active',
    checkIns: [{ id: `l${n}a`, date: d(0), score: 2, note: '' }, { id: `l${n}b`, date: d(3), score: 3, note: '' }, { id: `l${n}c`, date: d(6), score: 5, note: '' }],
  })),
  {
    kind: 'therapy.appointment', ...meta('appt-next'), date: day(3), type: 'therapy', decisions: '',
    questions: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `q${n}`, text: `Open question number ${n}`, asked: false })),
  },
];

test('a heavy week on one screen and on one printed page, A4 and US Letter', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.keyboard.press('Control+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly review' })).toBeVisible();
  // A new vault: the empty state says what to do first, and there is nothing to print.
  await expect(page.getByText('Nothing was recorded this week.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('review-empty.png') });

  await seedRecords(page, records);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+7');
  await page.getByRole('button', { name: 'Previous week' }).click();
  const review = page.getByRole('article', { name: /^Weekly review/ });

  // The trend's table twin: Monday's and Sunday's values, exactly.
  const trend = review.getByRole('grid', { name: 'Check-in values for each day of the week' });
  await expect(trend.getByRole('row', { name: /^Mood/ }).getByRole('gridcell')).toHaveText(['3', '4', '5', '6', '7', '8', '9']);
  await expect(review).toContainText('Checked in on 7 of 7 days.');
  // The diary card grid with the person's own targets.
  const diary = review.getByRole('grid', { name: 'Diary card ratings for each day of the week' });
  await expect(diary.getByRole('row', { name: /^Acted on: Skipping meals/ }).getByRole('gridcell')).toHaveText(['No', 'No', 'Yes', 'No', 'No', 'No', 'No']);
  await expect(diary.getByRole('row', { name: /^Medication as prescribed/ }).getByRole('gridcell').nth(3)).toHaveText('No');
  // Lists, capped with the rest counted.
  const thoughts = review.getByRole('region', { name: 'Thought records' });
  await expect(thoughts.getByRole('listitem')).toHaveCount(4);
  await expect(thoughts).toContainText('Thought: “Hot thought number 1”');
  await expect(thoughts).toContainText('…and 2 more');
  await expect(review.getByRole('region', { name: 'Exposures done' }).getByRole('listitem')).toHaveCount(4);
  await expect(review.getByRole('region', { name: 'Exposures done' })).toContainText('SUDS 50 → peak 70 → 30; ritual resisted');
  const goals = review.getByRole('region', { name: 'Goal changes' });
  await expect(goals.getByRole('listitem')).toHaveCount(4);
  await expect(goals.getByRole('listitem').first()).toHaveText('Call my sister — Started');
  await expect(goals).toContainText('Long goal 1: get back to the allotment twice a week and keep the beds weeded th… — Progress 2 → 5 out of 10 (3 check-ins)');
  await expect(goals).toContainText('…and 1 more');
  const coping = review.getByRole('region', { name: 'Coping skills used' });
  await expect(coping.getByRole('listitem')).toHaveCount(6);
  await expect(coping.getByRole('listitem').first()).toHaveText('Paced breathing — 7 days');
  await expect(coping).toContainText('…and 2 more');
  await expect(review.getByRole('region', { name: 'Small wins' })).toContainText('You have checked in 7 days in a row.');
  const questions = review.getByRole('region', { name: 'Open questions' });
  await expect(questions.getByRole('listitem')).toHaveCount(5);
  await expect(questions).toContainText('…and 2 more');

  // Reading never writes: the vault holds what was seeded.
  expect(await storedOfKind(page, 'therapy.thoughtRecord')).toHaveLength(6);
  expect((await storedOfKind(page, 'journal.checkin')).map((c) => c.date).sort()).toEqual(week.map(d));

  for (const [scheme, size] of [['light', { width: 1280, height: 900 }], ['dark', { width: 1280, height: 900 }], ['light', { width: 900, height: 650 }]] as const) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`review-${scheme}-${size.width}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeProblems(page, 'main')).toEqual([]);

  for (const paper of ['A4', 'US Letter'] as const) {
    const papers = page.getByRole('radiogroup', { name: 'Paper' });
    await papers.getByText(paper, { exact: true }).click();
    await expect(papers.getByRole('radio', { name: paper })).toBeChecked();
    const pdf = testInfo.outputPath(`weekly-review-${paper.replace(' ', '-')}.pdf`);
    await savePdf(cairn, pdf);
    expect(pdfPages(pdf), paper).toBe(1);
    const text = pdfText(pdf, 1, 'raw').replace(/\s+/g, ' ');
    for (const expected of [
      'Weekly review',
      'Checked in on 7 of 7 days.',
      'Acted on: Skipping meals',
      'Hot thought number 1',
      '…and 2 more',
      'Ride the bus two stops',
      'Long goal 1',
      'You have checked in 7 days in a row.',
      'Open question number 5',
      'Paced breathing',
      'Confidential — generated on this computer by Cairn',
    ]) {
      expect(text, `${paper}: ${expected}`).toContain(expected);
    }
    expect(text).not.toContain('Open question number 6');
    expect(text).not.toContain('Save as PDF');
  }
  expect(foreignRequests(cairn)).toEqual([]);
});
