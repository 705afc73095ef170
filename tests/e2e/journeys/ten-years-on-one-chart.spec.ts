/**
 * Journey: ten years on one chart (issue 15, journey 9). A person with ten
 * years of weekly therapy and several medication changes looks at "All
 * time". Markers that would be drawn closer than a few pixels apart are
 * combined (therapy as a band with a count), every medication change stays
 * on the chart, and the counts add up to what is stored.
 */
import type { Locator } from '@playwright/test';
import { chooseOption } from '../kit-select';
import { generate } from '../../../bench/generate';
import type { AnyRecord } from '../../../src/shared/domain';
import { localDay } from '../../../src/shared/local-date';
import { expect, foreignRequests, test } from '../fixtures';
import { seedRecords } from '../seed';
import { reopenWithData } from './reopen';
import { storedOfKind } from './stored-records';
import { E2E_DECADE_LOAD, E2E_LONG_TEST, E2E_SLOW_STEP } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// A shared 2-core machine: starting the app counts against this too; nothing here waits on a clock.
test.describe.configure({ timeout: E2E_LONG_TEST });

interface DrawnMarker {
  id: string;
  x: number | null;
  lane?: string;
  count?: number;
}

const KEEP = new Set(['journal.checkin', 'med.medication', 'therapy.session', 'therapy.provider']);

async function drawnMarkers(panel: Locator): Promise<DrawnMarker[]> {
  return JSON.parse((await panel.locator('canvas').getAttribute('data-markers')) ?? '[]') as DrawnMarker[];
}

test('ten years of therapy and medication changes stay readable on one chart', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.setViewportSize({ width: 900, height: 650 });
  const records = generate({ years: 10, endDay: localDay() }).filter((r): r is AnyRecord => KEEP.has(r.kind));
  await seedRecords(page, records);
  await reopenWithData(page);

  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible({ timeout: E2E_SLOW_STEP });
  await chooseOption(page, 'Period', 'All time');
  const feelings = page.locator('section[data-insights-panel]').filter({ has: page.getByRole('heading', { name: 'Mood, anxiety, energy and sleep' }) });
  const canvas = feelings.locator('canvas');
  await expect(canvas).toHaveAttribute('data-markers', /session/, { timeout: E2E_DECADE_LOAD });

  const attended = (await storedOfKind(page, 'therapy.session')).filter((s) => s.attended).length;
  const changes = (await storedOfKind(page, 'med.medication')).reduce((n, m) => n + m.steps.length, 0);
  expect(attended).toBeGreaterThan(400);

  // What the chart drew: no more annotations than fit a few pixels apart, in each of two lanes.
  const width = await canvas.evaluate((c) => c.clientWidth);
  const drawn = await drawnMarkers(feelings);
  expect(width).toBeGreaterThan(300);
  expect(drawn.length).toBeLessThanOrEqual(2 * Math.ceil(width / 6));
  for (const lane of ['medication', 'therapy']) {
    const xs = drawn.filter((m) => m.lane === lane).map((m) => m.x ?? NaN).sort((a, b) => a - b);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(6));
  }
  // Every stored session and every medication change is counted on the chart.
  const sum = (lane: string) => drawn.filter((m) => m.lane === lane).reduce((n, m) => n + (m.count ?? 0), 0);
  expect(sum('therapy')).toBe(attended);
  expect(sum('medication')).toBe(changes);
  await expect(feelings.getByText(`Events marked on this chart (${drawn.length})`)).toBeVisible();
  await feelings.getByText(`Events marked on this chart (${drawn.length})`).click();
  await expect(feelings.getByRole('button', { name: /therapy sessions, / }).first()).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await feelings.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawnMarkers(feelings)).length).toBe(drawn.length);
    await page.screenshot({ path: testInfo.outputPath(`ten-years-chart-${scheme}.png`) });
  }
  expect(foreignRequests(cairn)).toEqual([]);
});
