import { axeScan } from './axe';
import { chooseOption } from './kit-select';
import type { Locator, Page } from '@playwright/test';
import type { AnyRecord } from '../../src/shared/domain';
import { localDay } from '../../src/shared/local-date';
import { formatDay, formatValue } from '../../src/shared/insights/format';
import { formatTime } from '../../src/shared/time/format';
import { expect, foreignRequests, test } from './fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from './seed';
import { fillDate, whenField } from './dates';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

// Seeded story, in days before today (k): check-ins for k = 59..0 except every fifth day (k % 5 === 0).
// Sertraline goes up from 50 to 100 mg on k = 20: mood 4 before, 6 from then on.
const CHANGE = 20;
const EVENT_LABEL = `Sertraline — Increased: 100 mg at ${formatTime('08:00')}`;
const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const times = (time: string) => ({ kind: 'times' as const, times: [time] });
const step = (type: 'start' | 'increase' | 'decrease', k: number, amount: number, time: string) => ({
  id: `${type}-${k}`, type, date: day(-k), amount, schedule: times(time), reason: '', checkIn: '',
});

function seedData(): AnyRecord[] {
  const checkins = Array.from({ length: 60 }, (_, k) => k)
    .filter((k) => k % 5 !== 0)
    .map((k) => ({
      kind: 'journal.checkin' as const,
      ...meta(`checkin-${day(-k)}`),
      date: day(-k),
      mood: k > CHANGE ? 4 : 6,
      anxiety: k > CHANGE ? 6 : 4,
      energy: 5,
      sleepHours: k > CHANGE ? 6.5 : 7.5,
      triggers: k % 3 === 0 ? ['conflict'] : [],
      coping: [],
      tags: k % 2 === 0 ? ['work'] : [],
      note: '',
    }));
  const medication = (id: string, name: string, steps: ReturnType<typeof step>[]) => ({
    kind: 'med.medication' as const, ...meta(id), name, class: 'SSRI' as const, form: 'tablet' as const, unit: 'mg' as const,
    prescriber: '', reason: '', steps, supply: null,
  });
  const doses = Array.from({ length: 28 }, (_, i) => i + 1)
    .filter((k) => k % 4 !== 0)
    .map((k) => ({
      kind: 'med.dose' as const, ...meta(`dose-${k}`), date: day(-k), medicationId: 'sertraline', time: '08:00',
      status: 'taken' as const, takenAt: '08:05', amount: null, reason: '',
    }));
  const sideEffect = (k: number, symptom: string, severity: number) => ({
    kind: 'med.sideEffect' as const, ...meta(`se-${k}-${symptom}`), date: day(-k), symptom, severity, medicationId: 'sertraline', note: '',
  });
  const session = (k: number) => ({
    kind: 'therapy.session' as const, ...meta(`session-${k}`), date: day(-k), modality: 'cbt' as const, attended: true,
    notes: '', takeaways: '', homework: '',
  });
  const exposure = (k: number, before: number, peak: number, after: number) => ({
    kind: 'therapy.exposure' as const, ...meta(`exposure-${k}`), date: day(-k), stepId: 'ladder-bus', sudsBefore: before,
    sudsPeak: peak, sudsAfter: after, ritualResisted: true, note: '',
  });
  const phq9 = (k: number, a: number) => ({ kind: 'assessment.phq9' as const, ...meta(`phq9-${k}`), date: day(-k), answers: Array(9).fill(a) });
  const gad7 = (k: number, a: number) => ({ kind: 'assessment.gad7' as const, ...meta(`gad7-${k}`), date: day(-k), answers: Array(7).fill(a) });
  return [
    ...checkins,
    medication('sertraline', 'Sertraline', [step('start', 50, 50, '08:00'), step('increase', CHANGE, 100, '08:00')]),
    medication('lamotrigine', 'Lamotrigine', [step('start', 30, 50, '20:00'), step('decrease', 10, 25, '20:00')]),
    ...doses,
    sideEffect(CHANGE - 1, 'nausea', 3), sideEffect(CHANGE - 5, 'nausea', 2), sideEffect(CHANGE - 2, 'headache', 2),
    session(14), session(7),
    {
      kind: 'therapy.goal', ...meta('goal-bus'), title: 'Take the bus to work', why: '', startDate: day(-40), status: 'active',
      checkIns: [
        { id: 'g1', date: day(-35), score: 2, note: '' },
        { id: 'g2', date: day(-21), score: 4, note: '' },
        { id: 'g3', date: day(-7), score: 6, note: '' },
      ],
    },
    { kind: 'therapy.exposureStep', ...meta('ladder-bus'), situation: 'Ride two stops', expectedSuds: 70, rank: 1 },
    exposure(10, 70, 80, 40), exposure(3, 60, 65, 30),
    phq9(45, 2), phq9(15, 1), gad7(45, 2), gad7(15, 1),
  ] as AnyRecord[];
}

interface ChartSeries {
  label: string;
  data: { x: number; y: number | null }[];
}

/** What chart.js holds for the chart inside `panel` (mirrored onto its canvas by the insights chart plugin). */
async function chartData(panel: Locator): Promise<ChartSeries[]> {
  return JSON.parse((await panel.locator('canvas').getAttribute('data-series')) ?? '[]') as ChartSeries[];
}

const dayOfMs = (ms: number) => localDay(new Date(ms));

async function shoot(page: Page, path: (name: string) => string, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The palette follows the media query's change event; charts draw without animation, so two frames later the picture is final.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: path(`${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await axeScan(page);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('insights: views, markers, table twins, period picker, since-the-change, tags, accessibility', async ({ cairn }, testInfo) => {
  test.slow(); // one long walk through every view on a shared 2-core machine
  const { page } = cairn;
  const out = (name: string) => testInfo.outputPath(name);
  await seedRecords(page, seedData());
  await reloadAndUnlock(page);

  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  const feelings = page.locator('section[data-insights-panel]').filter({ has: page.getByRole('heading', { name: 'Mood, anxiety, energy and sleep' }) });
  await expect(feelings.locator('canvas')).toHaveAttribute('data-series', /Mood/);
  await expect(page.getByText(`Showing ${formatDay(day(-27))} to ${formatDay(day(0))}.`)).toBeVisible();

  // The data-table twin shows exactly the chart's numbers.
  const series = await chartData(feelings);
  expect(series.map((s) => s.label)).toEqual([
    'Mood', 'Mood, 7-day average', 'Anxiety', 'Anxiety, 7-day average', 'Energy', 'Energy, 7-day average', 'Sleep', 'Sleep, 7-day average',
  ]);
  await feelings.getByRole('button', { name: 'Show data table' }).click();
  const table = feelings.getByRole('grid');
  const headers = await table.locator('thead th').allTextContents();
  expect(headers.slice(1)).toEqual(series.map((s) => s.label));
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
  );
  const fromChart = new Map<string, string[]>();
  series.forEach((s, column) => {
    for (const p of s.data) {
      if (p.y === null) continue;
      const key = dayOfMs(p.x);
      const row = fromChart.get(key) ?? series.map(() => '—');
      row[column] = formatValue(p.y);
      fromChart.set(key, row);
    }
  });
  expect(rows.length).toBeGreaterThan(20);
  const expected = [...fromChart.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, cells]) => [formatDay(d), ...cells]);
  expect(rows).toEqual(expected);
  // Spot-check against the seed: no check-in on the day of the change (k % 5 === 0), 6 the day after, 4 the day before.
  const moodOn = (k: number) => rows.find((r) => r[0] === formatDay(day(-k)))?.[1];
  expect(moodOn(CHANGE)).toBe('—'); // the row is there for the 7-day average only
  expect(moodOn(CHANGE - 1)).toBe('6');
  expect(moodOn(CHANGE + 1)).toBe('4');

  // A medication marker: hovering it on the canvas names the event; so does the list beside the chart.
  const markers = JSON.parse((await feelings.locator('canvas').getAttribute('data-markers')) ?? '[]') as { x: number; label: string }[];
  const increase = markers.find((m) => m.label === EVENT_LABEL);
  expect(increase?.x).toBeGreaterThan(0);
  const box = (await feelings.locator('canvas').boundingBox())!;
  await page.mouse.move(box.x + increase!.x, box.y + box.height / 2);
  await expect(feelings.getByRole('status')).toHaveText(`Marker: ${EVENT_LABEL}`);
  await page.mouse.move(box.x + 2, box.y + 2);
  await feelings.getByText(/Events marked on this chart/).click();
  await feelings.getByRole('button', { name: new RegExp(`${formatDay(day(-CHANGE))}: ${EVENT_LABEL}`) }).focus();
  await expect(feelings.getByRole('status')).toHaveText(`Marker: ${EVENT_LABEL}`);
  await shoot(page, out, 'insights-feelings');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The period picker changes the range: 3 months reaches the oldest check-ins (59 days ago).
  const firstDay = async () => Math.min(...(await chartData(feelings))[0]!.data.map((p) => p.x));
  expect(dayOfMs(await firstDay())).toBe(day(-27)); // 4 weeks = today and the 27 days before it
  await chooseOption(page, 'Period', 'Last 3 months');
  await expect(page.getByText(/^Showing .* to /)).toContainText('Showing');
  await expect.poll(async () => dayOfMs(await firstDay())).toBe(day(-59));
  // Custom dates: a wrong date is refused with a message, a valid range applies.
  await chooseOption(page, 'Period', 'Custom dates');
  await fillDate(whenField(page, 'From'), day(-10));
  await fillDate(whenField(page, 'To'), day(-12));
  await page.getByRole('button', { name: 'Show period' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'after the “to” date' })).toBeVisible();
  // The message belongs to the date it is about: read with the To field.
  await expect(whenField(page, 'To')).toHaveAccessibleDescription(/after the “to” date/);
  await fillDate(whenField(page, 'To'), day(-2));
  await page.getByRole('button', { name: 'Show period' }).click();
  await expect(page.getByText(`Showing ${formatDay(day(-10))} to ${formatDay(day(-2))}.`)).toBeVisible();
  await expect.poll(async () => (await chartData(feelings))[0]!.data.map((p) => dayOfMs(p.x))).toEqual(
    [9, 8, 7, 6, 4, 3, 2].map((k) => day(-k)),
  );
  await chooseOption(page, 'Period', 'Last 4 weeks');

  // Every other view renders from the same store.
  const tab = (name: string) => page.getByRole('tab', { name });
  await tab('PHQ-9 and GAD-7').click();
  const phq = page.locator('section[data-insights-panel]').filter({ has: page.getByRole('heading', { name: 'PHQ-9 (depression) totals' }) });
  await expect(phq.getByText('One PHQ-9 score in this period: 9 (mild)', { exact: false })).toBeVisible();
  // The chart draws after the panel shows: read its data once it is there.
  await expect.poll(async () => (await chartData(phq))[0]?.data.map((p) => p.y)).toEqual([9]);
  await expect(page.getByRole('heading', { name: 'GAD-7 (anxiety) totals' })).toBeVisible();
  await shoot(page, out, 'insights-scores');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await tab('Adherence').click();
  const adherence = page.locator('section[data-insights-panel]').filter({ has: page.getByRole('heading', { name: /Adherence per medication/ }) });
  await expect(adherence.locator('canvas')).toHaveAttribute('data-series', /Sertraline/);
  await expect(adherence.getByText(/^Doses taken in this period: Sertraline/)).toBeVisible();
  await shoot(page, out, 'insights-adherence');

  await tab('Side effects').click();
  const effects = page.locator('section[data-insights-panel]').filter({ has: page.getByRole('heading', { name: 'Side effects by severity' }) });
  await expect.poll(async () => (await chartData(effects)).map((s) => s.label).sort()).toEqual(['headache', 'nausea']);
  await expect(effects.getByText('3 side effects recorded in this period', { exact: false })).toBeVisible();
  await shoot(page, out, 'insights-side-effects');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await tab('Therapy').click();
  await expect(page.getByText('Goal progress in this period: “Take the bus to work” from 4 to 6 (2 check-ins).')).toBeVisible();
  await expect(page.getByText('2 exposures in this period: SUDS averaged 65 before and 35 after.')).toBeVisible();
  await shoot(page, out, 'insights-therapy');

  // Since the change: 2 weeks either side of the increase (every fifth day has no check-in).
  await tab('Since the change').click();
  await chooseOption(page, 'Event', `${formatDay(day(-CHANGE))}: ${EVENT_LABEL}`);
  await chooseOption(page, 'Weeks before and after', '2 weeks');
  const since = page.getByRole('grid', { name: new RegExp(`Averages 2 weeks before and after: ${EVENT_LABEL}`) });
  const moodRow = since.getByRole('row', { name: /^Mood/ });
  await expect(moodRow.getByRole('gridcell').nth(0)).toHaveText('4 (12 check-ins in 14 days)');
  await expect(moodRow.getByRole('gridcell').nth(1)).toHaveText('6 (11 check-ins in 14 days)');
  await expect(since.getByRole('row', { name: /^PHQ-9/ }).getByRole('gridcell').nth(1)).toHaveText('9 (1 score in 14 days)');
  await expect(page.getByText(/a description, not proof that the change caused any difference/)).toBeVisible();
  await shoot(page, out, 'insights-since');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Tags and triggers over the last 4 weeks.
  await tab('Tags and triggers').click();
  const work = page.getByRole('row', { name: /^work/ });
  await expect(work).toBeVisible();
  expect(foreignRequests(cairn)).toEqual([]);
});
