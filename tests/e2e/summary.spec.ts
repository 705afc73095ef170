import { execFileSync } from 'node:child_process';
import { chooseOption } from './kit-select';
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { anyRecord, type AnyRecord } from '../../src/shared/domain';
import { expect, foreignRequests, test } from './fixtures';
import { day, reloadAndUnlock, seedRecords } from './seed';
import { E2E_LONG_TEST, E2E_SLOW_STEP } from '../timeouts';
import { formatTime } from '../../src/shared/time/format';
import { expectDate, fillDate, whenField } from './dates';

// Clock times as the app writes them in the browser's locale.
const t = (hhmm: string) => formatTime(hhmm);

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

const stamp = new Date().toISOString();
const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });
const daily = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const times = (time: string) => ({ kind: 'times' as const, times: [time] });

/**
 * Four weeks of daily use: 2 medications (one dose change), 4 therapy sessions,
 * 2 PHQ-9 and 2 GAD-7, daily check-ins, one shared and one private entry.
 */
function fourWeeks(item9: number): AnyRecord[] {
  const sertraline = {
    ...meta('med-sertraline'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
    prescriber: 'Dr Okafor', reason: '', supply: null,
    steps: [
      { id: 's1', type: 'start', date: day(-90), amount: 50, schedule: times('08:00'), reason: '', checkIn: '' },
      { id: 's2', type: 'increase', date: day(-14), amount: 100, schedule: times('08:00'), reason: 'Low mood persisted', checkIn: '' },
    ],
  };
  const bupropion = {
    ...meta('med-bupropion'), kind: 'med.medication', name: 'Bupropion', class: 'other antidepressant', form: 'tablet', unit: 'mg',
    prescriber: '', reason: '', supply: null,
    steps: [{ id: 'b1', type: 'start', date: day(-60), amount: 150, schedule: times('09:00'), reason: '', checkIn: '' }],
  };
  const dose = (medicationId: string, d: number, time: string, status: 'taken' | 'skipped') => ({
    ...meta(`dose-${medicationId}-${d}`), kind: 'med.dose', date: day(d), medicationId, time, status,
    takenAt: status === 'taken' ? time : null, amount: null, reason: '',
  });
  // Sertraline: day −20 skipped, day −10 never logged; Bupropion: every day taken.
  const doses = [
    ...daily(-27, 0).filter((d) => d !== -20 && d !== -10).map((d) => dose('med-sertraline', d, '08:00', 'taken')),
    dose('med-sertraline', -20, '08:00', 'skipped'),
    ...daily(-27, 0).map((d) => dose('med-bupropion', d, '09:00', 'taken')),
  ];
  const sideEffects = [-12, -11, -10].map((d, i) => ({
    ...meta(`se-${d}`), kind: 'med.sideEffect', date: day(d), symptom: 'Nausea', severity: [2, 3, 2][i], medicationId: 'med-sertraline', note: '',
  }));
  const checkins = daily(-55, 0).map((d) => ({
    ...meta(`checkin-${day(d)}`), kind: 'journal.checkin', date: day(d),
    mood: d < -27 ? 3 : 5 + (d % 3 === 0 ? 1 : 0), anxiety: d < -27 ? 7 : 5, sleepHours: d < -27 ? 5.5 : 7, energy: d < -27 ? 3 : 4,
    triggers: [], coping: [], tags: [], note: 'Private check-in note',
  }));
  const phq9 = (d: number, answers: number[]) => ({ ...meta(`phq9-${d}`), kind: 'assessment.phq9', date: day(d), answers });
  const gad7 = (d: number, answers: number[]) => ({ ...meta(`gad7-${d}`), kind: 'assessment.gad7', date: day(d), answers });
  const sessions = [-24, -17, -10, -3].map((d) => ({
    ...meta(`session-${d}`), kind: 'therapy.session', date: day(d), modality: 'cbt', attended: true,
    notes: 'Private session notes', takeaways: '', homework: '',
  }));
  const goal = {
    ...meta('goal-walk'), kind: 'therapy.goal', title: 'Walk three times a week', why: '', startDate: day(-40), status: 'active',
    checkIns: [{ id: 'g1', date: day(-20), score: 3, note: '' }, { id: 'g2', date: day(-5), score: 6, note: '' }],
  };
  const thought = (d: number) => ({
    ...meta(`thought-${d}`), kind: 'therapy.thoughtRecord', date: day(d), situation: 'Meeting', automaticThought: 'They think I am useless',
    emotion: 'Shame', intensityBefore: 70, evidenceFor: '', evidenceAgainst: '', balancedThought: '',
  });
  const appointment = {
    ...meta('appt-review'), kind: 'therapy.appointment', date: day(5), type: 'medication', decisions: '',
    questions: [
      { id: 'q1', text: 'Could the nausea be linked to the increase?', asked: false },
      { id: 'q2', text: 'Can I take Bupropion later in the morning?', asked: false },
    ],
  };
  const entry = (id: string, d: number, title: string, share: boolean) => ({
    ...meta(id), kind: 'journal.entry', date: day(d), time: '21:00', title, body: `${title}: the full text`, tags: [], shareWithProvider: share,
  });
  const records = [
    sertraline, bupropion, ...doses, ...sideEffects, ...checkins, ...sessions, goal, thought(-15), thought(-8), appointment,
    phq9(-26, [2, 2, 2, 2, 2, 2, 2, 2, 0]), phq9(-2, [1, 1, 2, 1, 1, 1, 1, 0, item9]),
    gad7(-26, [2, 2, 2, 2, 2, 2, 1]), gad7(-2, [1, 1, 1, 1, 1, 1, 1]),
    entry('entry-shared', -6, 'Slept better after the change', true),
    entry('entry-private', -4, 'Argument with my sister', false),
  ];
  // Validated here so a mistake in the seed fails loudly instead of loading odd data.
  return records.map((r) => anyRecord.parse(r));
}

/** Seeds through the app's real seal path (tests/e2e/seed.ts), then reloads and unlocks so every row loads. */
async function seed(page: Page, records: AnyRecord[]) {
  await seedRecords(page, records);
  await reloadAndUnlock(page);
}

const text = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-']).toString();
const info = (pdf: string) => execFileSync('pdfinfo', [pdf]).toString();

async function savePdf(page: Page, cairn: { harness: { nextSavePath: string | null } | null }, path: string) {
  cairn.harness!.nextSavePath = path;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible({ timeout: E2E_SLOW_STEP });
}

test('a summary with item 9 above 0: flag on page 1, the expected figures, no private entry, two A4 pages', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seed(page, fourWeeks(1));
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Appointment summary' })).toBeVisible();
  // Default period: no past appointment, so the last 4 weeks.
  await expectDate(whenField(page, 'From'), day(-27));
  await expectDate(whenField(page, 'To'), day(0));
  await page.getByLabel('Name on the summary (optional)').fill('Sam Rivera');
  const preview = page.getByRole('article', { name: /^Summary preview/ });
  await expect(preview.getByRole('note', { name: 'Safety item' })).toContainText('Several days');
  await page.screenshot({ path: testInfo.outputPath('summary-page-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('summary-page-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  const pdf = testInfo.outputPath('summary-flag.pdf');
  await savePdf(page, cairn, pdf);
  const all = text(pdf);
  const first = text(pdf, 1);
  expect(first).toMatch(/Safety flag: answers on the safety path in this period/);
  expect(first).toContain('PHQ-9 item 9: 1 — Several days');
  expect(first).toContain('Sam Rivera');
  for (const expected of ['Sertraline', 'Bupropion', `100 mg at ${t('08:00')}`, `150 mg at ${t('09:00')}`, `Increased: 100 mg at ${t('08:00')} (Low mood persisted)`]) {
    expect(all).toContain(expected);
  }
  // Adherence over logged doses: Sertraline 26 of 27 logged (one skipped), one never logged; Bupropion 28 of 28.
  expect(all).toMatch(/Sertraline\s+taken 26 of 27 logged\s+96%\s+1\s+1\s+0/);
  expect(all).toMatch(/Bupropion\s+taken 28 of 28 logged\s+100%\s+0\s+0\s+0/);
  // PHQ-9 16 → 9, GAD-7 13 → 7.
  expect(all).toMatch(/PHQ-9\s+16 moderately\s+9 mild\s+−7 points \(−44%\)\s+No\s+No/);
  expect(all).toMatch(/GAD-7\s+13 moderate\s+7 mild\s+−6 points \(−46%\)\s+No\s+No/);
  // Both fell by at least the reliable-change threshold; neither baseline was marked.
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(raw).toContain('16 moderately severe');
  expect(raw).toContain('Reliable change: the total fell by 6 points or more');
  expect(raw).toContain('Reliable change: the total fell by 4 points or more');
  expect(raw.split('first in this period (not marked)').length - 1).toBe(2);
  expect(all).toMatch(/\(−44%\)[\s\S]*\(−46%\)/);
  expect(all).toContain('Could the nausea be linked to the increase?');
  expect(all).toContain('Can I take Bupropion later in the morning?');
  expect(all).toContain('Slept better after the change');
  expect(all).not.toContain('Argument with my sister');
  // Free text is left out by default.
  expect(all).not.toContain('the full text');
  expect(all).not.toContain('Private');
  // At most two A4 pages; the footer and page numbers on every page, from Chromium's own PDF printing.
  const pages = Number(/Pages:\s+(\d+)/.exec(info(pdf))?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  for (let n = 1; n <= pages; n++) {
    expect(text(pdf, n)).toMatch(new RegExp(`Confidential — generated on this computer by Cairn\\s+Page ${n} of ${pages}`));
  }
  expect(info(pdf)).toMatch(/Page size:.*\(A4\)/);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, testInfo.outputPath('summary-flag')]);
  expect(readdirSync(testInfo.outputDir).filter((f) => f.startsWith('summary-flag') && f.endsWith('.png'))).toHaveLength(pages);
  expect(foreignRequests(cairn)).toEqual([]);
});

test('without item 9 above 0 there is no flag; redaction and the therapist view change the PDF; US Letter', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seed(page, fourWeeks(0));
  await page.keyboard.press('Control+6');
  const preview = page.getByRole('article', { name: /^Summary preview/ });
  await expect(preview.getByRole('heading', { name: 'Medications and changes' })).toBeVisible();
  await expect(preview.getByRole('note', { name: 'Safety item' })).toHaveCount(0);

  const pdf = testInfo.outputPath('summary-noflag.pdf');
  await savePdf(page, cairn, pdf);
  expect(text(pdf)).not.toContain('item 9');
  expect(text(pdf)).toContain('Sertraline');
  expect(info(pdf)).toMatch(/Pages:\s+[12]\n/);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, testInfo.outputPath('summary-noflag')]);

  // An impossible period is refused with a message, and nothing can be printed.
  await fillDate(whenField(page, 'From'), day(1));
  await expect(page.getByRole('alert').filter({ hasText: 'The start date is after the end date.' })).toBeVisible();
  // The message belongs to the date that made the period impossible: read with the From field.
  // The group's description also says the chosen day (react-aria), so the message is looked for within it.
  await expect(whenField(page, 'From')).toHaveAccessibleDescription(/The start date is after the end date\./);
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
  await expect(page.getByText('Choose a valid period to see the summary.')).toBeVisible();
  await fillDate(whenField(page, 'From'), day(-27));

  // Therapist: sessions and goals appear, adherence does not; leave out one question and include entry text.
  // Kit radios and tick boxes keep their own input visually hidden: press the label, as a person does.
  await page.getByRole('radiogroup', { name: 'For whom' }).getByText('Therapist', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Therapist' })).toBeChecked();
  await page.getByText('Leave out “Can I take Bupropion later in the morning?”', { exact: true }).click();
  await page.getByText('Include the text of shared entries (left out unless you tick this)', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Include the text of shared entries (left out unless you tick this)' })).toBeChecked();
  await chooseOption(page, 'Paper size', 'US Letter');
  const letter = testInfo.outputPath('summary-therapist-letter.pdf');
  await savePdf(page, cairn, letter);
  const therapist = text(letter);
  expect(therapist).toContain('Sessions attended: 4');
  expect(therapist).toMatch(/Homework done:\s+Thought records: 2/);
  expect(therapist).toMatch(/Walk three times a week\s+3 → 6/);
  expect(therapist).not.toContain('Taken of logged');
  expect(therapist).toContain('Could the nausea be linked to the increase?');
  expect(therapist).not.toContain('Can I take Bupropion later in the morning?');
  expect(therapist).toContain('Slept better after the change: the full text');
  expect(therapist).not.toContain('Argument with my sister');
  expect(info(letter)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  execFileSync('pdftoppm', ['-r', '60', '-png', letter, testInfo.outputPath('summary-therapist-letter')]);

  // Printing opens the OS dialog through main (recorded by the harness).
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
  expect(cairn.harness!.printed).toEqual(['Letter']);
  expect(foreignRequests(cairn)).toEqual([]);
});
