/**
 * `npm run bench`: figures for 1 and 10 years of data in the browser harness
 * (Debian Chromium's IndexedDB, the real main-process services in Node).
 * Prints a table; asserts nothing about time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type BrowserContext, type Page } from '@playwright/test';
import { localDay } from '../src/shared/local-date';
import { attachHarness, startHarness, type Harness } from '../tests/harness/harness';
import { daysIn, generate } from './generate';
import { rawOpenAll } from './floor';
import { backupFigures, initialBundle, type BackupFigures } from './node-figures';
import * as probe from './page-probes';
import { cpuPerKey, profileKeys, topSelfTime } from './profile';
import { report, type Figures } from './report';
import { median, worst } from './stats';
import { envelopeKeyOf, writeVault } from './vault-writer';

const PASSPHRASE = 'violet tuba marsh quietly 47';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const YEARS = (process.env.BENCH_YEARS ?? '1,10').split(',').map(Number);
/** 20 keystrokes: common words and one rare word, typed one character at a time. */
const QUERY = 'lighthouse tea sleep';
/** BENCH_ONLY=save,insights,… measures only those parts (for profiling a fix quickly); the unlock always runs. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const part = (name: string) => ONLY === null || ONLY.has(name);
const NO_BACKUP: BackupFigures = { exportMs: NaN, restoreMs: NaN, kdfMs: NaN, bytes: NaN, restoredRows: NaN };
const OUT = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out');
/** BENCH_TRACE=1 (or BENCH_PROFILE=1): each search key typed again under a trace, for its main-thread CPU time, which load inflates far less than wall time. */
const TRACE = Boolean(process.env.BENCH_TRACE || process.env.BENCH_PROFILE);

test('Cairn benchmarks', async ({ playwright, launchOptions }) => {
  const all: Figures[] = [];
  for (const years of YEARS) {
    all.push(await measure(years, (dir) => playwright.chromium.launchPersistentContext(dir, { ...launchOptions, headless: true })));
    // Each size as soon as it is measured: a long 100-year run that fails later still leaves the smaller ones.
    mkdirSync('test-results-bench', { recursive: true });
    writeFileSync(`test-results-bench/figures-${years}y.json`, JSON.stringify(all.at(-1), null, 2));
  }
  const text = report(all, initialBundle(path.join(OUT, 'renderer')), RUNS);
  console.log(`\n${text}\n`);
  mkdirSync('test-results-bench', { recursive: true });
  writeFileSync('test-results-bench/figures.md', text);
  writeFileSync('test-results-bench/figures.json', JSON.stringify(all, null, 2));
});

type Launch = (profileDir: string) => Promise<BrowserContext>;

async function measure(years: number, launch: Launch): Promise<Figures> {
  const records = generate({ years, endDay: localDay(new Date()) });
  const root = mkdtempSync(path.join(tmpdir(), 'cairn-bench-'));
  const vaultDir = path.join(root, 'vault');
  mkdirSync(vaultDir);
  const { vault: writer, rows } = await writeVault(vaultDir, records, PASSPHRASE);
  const envKey = envelopeKeyOf(writer);
  const backup: BackupFigures = !part('backup') ? NO_BACKUP : await backupFigures(writer, rows, path.join(root, 'backup.cairnbackup'), PASSPHRASE, RUNS);

  const harness = await startHarness(vaultDir);
  harness.mainMs = new Map();
  const timing = instrument(harness);
  const context = await launch(path.join(root, 'profile'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await attachHarness(page, harness);
    await page.goto(`${harness.origin}/index.html`);
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    const sent = rows.map(({ id, env }) => ({ id, env: Buffer.from(env).toString('base64') }));
    for (let i = 0; i < sent.length; i += 200) await page.evaluate(probe.seedRows, sent.slice(i, i + 200));

    const unlocks: Record<string, number>[] = [];
    for (let run = 0; run < (part('unlock') ? RUNS : 1); run++) {
      harness.vault.lock('user');
      await page.reload();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      timing.reset();
      await page.evaluate(probe.probeUnlockStart);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 0 });
      await page.waitForFunction(() => (window as unknown as { __bench: { shell?: number } }).__bench.shell !== undefined);
      const inPage = await page.evaluate(probe.probeUnlockResult);
      const { transport, ipcProxy } = await shippedTransport(page, harness, 'cairn:load');
      const floorRead = await page.evaluate(probe.rawRead);
      const started = performance.now();
      await rawOpenAll(rows, envKey);
      const floorOpen = performance.now() - started;
      unlocks.push({ ...inPage, kdf: timing.kdf, mainOpen: timing.open, floorRead: floorRead.ms, floorOpen, floor: floorRead.ms + floorOpen,
        transport, ipcProxy, shippedLoad: inPage.load! - transport + ipcProxy, shippedShell: inPage.clickToShell! - timing.kdf - transport + ipcProxy });
    }
    const heap = await heapAfterGc(page);

    if (process.env.BENCH_PROFILE) {
      harness.vault.lock('user');
      await page.reload();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      const unlock = async () => {
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 0 });
      };
      console.log(`\nUnlock to shell, ${years} years: renderer self time\n${(await topSelfTime(page, unlock)).join('\n')}`);
    }
    const plaintexts = writer.open(rows).segments.map((segment) => segment.data);
    // In batches of 100 segments: a hundred years of plaintext (~120 MB) is too much for one page.evaluate message.
    const decodeRuns = Array.from({ length: RUNS }, () => 0);
    for (let i = 0; part('unlock') && i < plaintexts.length; i += 100) {
      const times = await page.evaluate(probe.timeDecode, { texts: plaintexts.slice(i, i + 100), runs: RUNS });
      times.forEach((t, run) => (decodeRuns[run]! += t));
    }
    const decode = part('unlock') ? median(decodeRuns) : NaN;

    const opens: number[] = [];
    const scrolls: number[] = [];
    const back = Math.min(daysIn(5), daysIn(years) - 1);
    for (let run = 0; run < (part('timeline') ? RUNS : 0); run++) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      opens.push(await page.evaluate(probe.timeRoute, ['#/journal', '[data-day]'] as [string, string]));
      scrolls.push((await page.evaluate(probe.scrollTimelineTo, back)).ms);
    }

    const keystrokes = part('search') ? await searchAsYouType(page) : (await page.waitForTimeout(5_000), []);
    const everything = part('search') ? await searchEverything(page) : [];
    if (keystrokes.length) console.log(`Journal search, ${years} years, ms per key: ${keystrokes.map((t) => t.toFixed(1)).join(' ')}`);
    if (everything.length) console.log(`Search everything, ${years} years, ms per key: ${everything.map((t) => t.toFixed(1)).join(' ')}`);
    // After the search, so the journal's background index is complete and does not compete with the save.
    const saves: number[] = [];
    const mainSeals: number[] = [];
    const shippedSaves: number[] = [];
    const shippedShown: number[] = [];
    const saveShown: number[] = [];
    const saveSettled: number[] = [];
    if (part('save')) await openJournal(page);
    for (let run = 0; run < (part('save') ? RUNS : 0); run++) {
      timing.reset();
      if (process.env.BENCH_PROFILE && run === 0) {
        let top: string[] = [];
        // Only the click -> shown part is profiled: opening the dialog is not what the save costs.
        await saveCheckin(page, 9, async (click) => (top = await topSelfTime(page, click, 60)));
        console.log(`\nSave one check-in, ${years} years: renderer self time\n${top.join('\n')}`);
        timing.reset();
      }
      const saved = await saveCheckin(page, run);
      saves.push(saved.save);
      saveShown.push(saved.shown);
      saveSettled.push(saved.settled);
      const { transport, ipcProxy } = await shippedTransport(page, harness, 'cairn:save');
      shippedSaves.push(saved.save - transport + ipcProxy);
      // Click -> shown, with the harness's transport replaced by the proxy as for the load.
      shippedShown.push(saved.shown - transport + ipcProxy);
      mainSeals.push(timing.seal);
    }
    if (saveShown.length) console.log(`Save one check-in, ${years} years, click -> shown / settled per run: ${saveShown.map((t, i) => `${t.toFixed(1)}/${saveSettled[i]!.toFixed(1)}`).join(' ')}`);
    const saveFloor = await page.evaluate(probe.timeSaveFloor, { runs: RUNS, envBytes: Math.max(...rows.map((r) => r.env.byteLength)) });
    const insights = part('insights') ? await insightsFigures(page) : null;
    const summary = part('summary') ? await summaryFigure(page) : null;
    const sections = part('sections') ? await sectionOpens(page) : {};
    const rowsOf = (key: string) => unlocks.map((u) => u[key]!);
    return {
      years,
      records: records.length,
      rows: rows.length,
      envelopeBytes: rows.reduce((n, r) => n + r.env.byteLength, 0),
      kdf: median(rowsOf('kdf')),
      clickToShell: median(rowsOf('clickToShell')),
      load: median(rowsOf('load')),
      loadRead: median(rowsOf('read')),
      loadOpen: median(rowsOf('open')),
      loadStore: median(rowsOf('store')),
      mainOpen: median(rowsOf('mainOpen')),
      floorRead: median(rowsOf('floorRead')),
      floorOpen: median(rowsOf('floorOpen')),
      floor: median(rowsOf('floor')),
      ratio: median(unlocks.map((u) => u.load! / u.floor!)),
      transport: median(rowsOf('transport')),
      ipcProxy: median(rowsOf('ipcProxy')),
      shippedLoad: median(rowsOf('shippedLoad')),
      shippedShell: median(rowsOf('shippedShell')),
      shippedRatio: median(unlocks.map((u) => u.shippedLoad! / u.floor!)),
      save: median(saves),
      shippedSave: median(shippedSaves),
      saveShown: median(saveShown),
      saveSettled: median(saveSettled),
      shippedSaveShown: median(shippedShown),
      mainSeal: median(mainSeals),
      saveFloor,
      decode,
      searchMedian: median(keystrokes),
      searchWorst: worst(keystrokes),
      keystrokes,
      everythingMedian: median(everything),
      everythingWorst: worst(everything),
      everythingKeys: everything,
      timelineOpen: median(opens),
      timelineScroll: median(scrolls),
      scrollDaysBack: back,
      insights,
      summary,
      sections,
      heapBytes: heap,
      backup,
    };
  } finally {
    await context.close();
    await harness.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** The harness's transport inside the last `measure` (round trips in the page's clock minus main's time for the same calls in Node's) and the MessageChannel proxy of the same payloads. */
async function shippedTransport(page: Page, harness: Harness, measure: string): Promise<{ transport: number; ipcProxy: number }> {
  const calls = await page.evaluate(probe.transportDuring, measure);
  const transport = calls.roundTrips - calls.calls.reduce((n, call) => n + (harness.mainMs!.get(call) ?? NaN), 0);
  harness.mainMs!.clear();
  return { transport, ipcProxy: calls.ipcProxy };
}

/** Times Argon2 (inside vault.unlock) and main's share of vault.open, on the harness's own service instance. */
function instrument(harness: Harness) {
  const vault = harness.vault;
  const state = { kdf: NaN, open: 0, seal: 0, reset: () => ((state.kdf = NaN), (state.open = 0), (state.seal = 0)) };
  const seal = vault.seal.bind(vault);
  vault.seal = (segments) => {
    const started = performance.now();
    const result = seal(segments);
    state.seal += performance.now() - started;
    return result;
  };
  const unlock = vault.unlock.bind(vault);
  vault.unlock = async (passphrase) => {
    const started = performance.now();
    await unlock(passphrase);
    state.kdf = performance.now() - started;
  };
  const open = vault.open.bind(vault);
  vault.open = (rows) => {
    const started = performance.now();
    const result = open(rows);
    state.open += performance.now() - started;
    return result;
  };
  return state;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Saves today's check-in through the dialog, the way a person does: the
 * journal is open (its search index built while they read it), the dialog
 * opens, Mood is rated, Save is clicked. `shown` is what they wait for: click
 * -> the frame with the dialog closed and "Check-in saved" on the page (the
 * store and the timeline are updated before that); `settled` runs on to the
 * last DOM change. The repository's 'cairn:save' measure (seal + stage +
 * put + commit + store update) is the part of it `shipped` corrects.
 */
async function saveCheckin(
  page: Page,
  run: number,
  around: (action: () => Promise<unknown>) => Promise<unknown> = (action) => action(),
): Promise<{ save: number; shown: number; settled: number }> {
  await page.evaluate(() => (location.hash = '#/journal?checkin=today'));
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: String(run % 10), exact: true }).check({ force: true });
  const before = await page.evaluate(probe.lastMeasure, 'cairn:save');
  await page.evaluate(probe.startCallLog);
  await page.evaluate(probe.probeClickStart);
  let result = { shown: NaN, settled: NaN };
  await around(async () => {
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    result = await page.evaluate(probe.probeSaveShown);
  });
  const { shown, settled } = result;
  await page.waitForFunction((n) => performance.getEntriesByName('cairn:save', 'measure').length > n, before.count, { timeout: 0 });
  const steps = await page.evaluate(probe.lastWriteSteps);
  console.log(`save ${run}: shown ${shown.toFixed(1)}, save ${(await page.evaluate(probe.lastMeasure, 'cairn:save')).ms.toFixed(1)}, ${Object.entries(steps).map(([step, ms]) => `${step} ${ms.toFixed(1)}`).join(', ')}`);
  return { save: (await page.evaluate(probe.lastMeasure, 'cairn:save')).ms, shown, settled };
}

/** The journal open with its search index built in idle time (as after a person has looked at it for a few seconds). */
async function openJournal(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/journal'));
  await page.locator('[data-day]').first().waitFor();
  await page.waitForTimeout(5_000);
}

/** One key typed, then waited on until the page has stopped changing (the typing probe). */
const typeAndSettle = (page: Page) => async (key: string) => {
  await page.keyboard.type(key);
  await page.evaluate(probe.probeTypingResult);
};

/** The 1-based positions of the three keys that cost most. */
const costliest = (perKey: readonly number[]): number[] =>
  perKey
    .map((ms, i) => ({ ms, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ i }) => i + 1);

/** Keystroke -> results painted, for each character of QUERY, after the background index is built. */
async function searchAsYouType(page: Page): Promise<number[]> {
  // On the journal, whatever ran before (BENCH_ONLY=search skips the timeline, which used to leave the page there).
  await openJournal(page);
  const box = page.getByLabel('Search entries and check-in notes');
  if ((await box.count()) === 0) return [];
  await box.focus();
  await page.evaluate(probe.probeTypingStart);
  const times: number[] = [];
  for (const char of QUERY) {
    await page.keyboard.type(char);
    times.push(await page.evaluate(probe.probeTypingResult));
  }
  await box.fill('');
  if (process.env.BENCH_PROFILE) {
    await page.waitForTimeout(1_000);
    const top = await topSelfTime(page, async () => {
      for (const char of QUERY) {
        await page.keyboard.type(char);
        await page.evaluate(probe.probeTypingResult);
      }
    }, 25);
    console.log(`\nJournal search, typing the query: renderer self time\n${top.join('\n')}`);
    await box.fill('');
  }
  if (TRACE) {
    await page.waitForTimeout(1_000);
    const { perKey, phases, worstKeys } = await cpuPerKey(page, QUERY, typeAndSettle(page));
    console.log(`Journal search, renderer main thread CPU ms per key: ${perKey.map((t) => t.toFixed(1)).join(' ')} (median ${median(perKey).toFixed(1)}, worst ${worst(perKey).toFixed(1)})`);
    console.log(`Journal search, CPU by trace event over the 20 keys:\n${phases.join('\n')}`);
    console.log(`Journal search, the costliest keys by trace event:\n${worstKeys.join('\n')}`);
    await box.fill('');
    if (process.env.BENCH_PROFILE) {
      await page.waitForTimeout(1_000);
      console.log(`Journal search, the costliest keys profiled:\n${(await profileKeys(page, QUERY, typeAndSettle(page), costliest(perKey))).join('\n')}`);
      await box.fill('');
    }
  }
  return times;
}

/**
 * Ctrl+K, then QUERY typed into Search everything: each key -> the grouped
 * results painted (the same probe as the journal's search). Measured after
 * the background index is built, as a person would open it some time after unlock.
 */
async function searchEverything(page: Page): Promise<number[]> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForTimeout(5_000);
  // Ctrl+K is a keystroke too: timed to the dialog painted and still, and the typing starts after it,
  // so the first key is not charged with the dialog's own opening.
  await page.evaluate(probe.probeTypingStart);
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search for' });
  await box.waitFor();
  const opened = await page.evaluate(probe.probeTypingResult);
  console.log(`Search everything, Ctrl+K -> dialog painted: ${opened.toFixed(1)} ms`);
  await page.evaluate(() => performance.clearMeasures('cairn:search-everything'));
  const times: number[] = [];
  for (const char of QUERY) {
    await page.keyboard.type(char);
    times.push(await page.evaluate(probe.probeTypingResult));
  }
  const own = await page.evaluate(() => performance.getEntriesByName('cairn:search-everything', 'measure').map((m) => m.duration));
  console.log(`Search everything, index sync + search + quotes alone, ms per call: ${own.map((t) => t.toFixed(1)).join(' ')}`);
  if (process.env.BENCH_PROFILE) {
    await box.fill('');
    const top = await topSelfTime(page, () => page.keyboard.type(QUERY));
    console.log(`\nSearch everything, typing the query: renderer self time\n${top.join('\n')}`);
  }
  if (TRACE) {
    await box.fill('');
    await page.waitForTimeout(1_000);
    const { perKey, phases, worstKeys } = await cpuPerKey(page, QUERY, typeAndSettle(page));
    console.log(`Search everything, renderer main thread CPU ms per key: ${perKey.map((t) => t.toFixed(1)).join(' ')} (median ${median(perKey).toFixed(1)}, worst ${worst(perKey).toFixed(1)})`);
    console.log(`Search everything, CPU by trace event over the 20 keys:\n${phases.join('\n')}`);
    console.log(`Search everything, the costliest keys by trace event:\n${worstKeys.join('\n')}`);
    if (process.env.BENCH_PROFILE) {
      await box.fill('');
      await page.waitForTimeout(1_000);
      console.log(`Search everything, the costliest keys profiled:\n${(await profileKeys(page, QUERY, typeAndSettle(page), costliest(perKey))).join('\n')}`);
    }
  }
  await page.keyboard.press('Escape');
  await box.waitFor({ state: 'hidden' });
  return times;
}

/** false while the section is still the "coming soon" placeholder (its issue has not landed). */
async function built(page: Page, hash: string, label: string): Promise<boolean> {
  await page.evaluate((h) => (location.hash = h), hash);
  // A renamed page must not hang the bench (no timeout otherwise): a minute, then the error names the heading.
  await page.getByRole('heading', { level: 1, name: label }).waitFor({ timeout: 60_000 });
  return (await page.getByText(`${label} is coming soon.`).count()) === 0;
}

/** Insights re-rendered for the period "All time" and "Last year", switching between the two. */
async function insightsFigures(page: Page): Promise<{ all: number; year: number } | null> {
  if (!(await built(page, '#/insights', 'Insights'))) return null;
  // The kit's Select: a button named by its value and its label ("Last 4 weeks Period").
  const picker = page.getByRole('button', { name: /(^|\s)Period$/ }).first();
  await picker.waitFor();
  const selector = `#${await picker.getAttribute('id')}`;
  const all: number[] = [];
  const year: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    year.push(await page.evaluate(probe.timeControlChange, [selector, 'Last year'] as [string, string]));
    if (process.env.BENCH_PROFILE && run === 0) {
      const top = await topSelfTime(page, () => page.evaluate(probe.timeControlChange, [selector, 'All time'] as [string, string]), 20);
      console.log(`\nInsights "All time": renderer self time\n${top.join('\n')}`);
      await page.evaluate(probe.timeControlChange, [selector, 'Last year'] as [string, string]);
    }
    all.push(await page.evaluate(probe.timeControlChange, [selector, 'All time'] as [string, string]));
  }
  return { all: median(all), year: median(year) };
}

/**
 * The appointment summary rebuilt for a period a month shorter: From's month
 * segment (the kit's date field) stepped back with ArrowDown, untimed, then
 * forward with ArrowUp, timed from the key to the preview settled (about 8
 * weeks -> the default 4 weeks).
 */
async function summaryFigure(page: Page): Promise<number | null> {
  if (!(await built(page, '#/summary', 'Appointment summary'))) return null;
  await page.getByRole('article', { name: /^Summary preview/ }).waitFor({ timeout: 60_000 });
  const month = page.getByRole('group', { name: 'From', exact: true }).locator('[role="spinbutton"][data-type="month"]');
  await month.focus();
  await page.evaluate(probe.probeTypingStart);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.keyboard.press('ArrowDown');
    await page.evaluate(probe.probeTypingResult);
    await page.keyboard.press('ArrowUp');
    times.push(await page.evaluate(probe.probeTypingResult));
  }
  return median(times);
}

/** Sections that list years of records, opened from Today once their chunk is loaded: route change -> settled. */
const SECTIONS: [string, string][] = [
  ['Therapy', '#/therapy'],
  ['Check-ins', '#/check-ins'],
  ['Medications', '#/medications'],
];

async function sectionOpens(page: Page): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [name, hash] of SECTIONS) {
    await page.evaluate(probe.timeRouteSettled, hash); // loads the lazy chunk; not counted
    const times: number[] = [];
    if (process.env.BENCH_PROFILE) {
      await page.evaluate(probe.timeRouteSettled, '#/');
      const top = await topSelfTime(page, () => page.evaluate(probe.timeRouteSettled, hash), 20);
      console.log(`\nOpen ${name}: renderer self time\n${top.join('\n')}`);
    }
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(probe.timeRouteSettled, '#/');
      times.push(await page.evaluate(probe.timeRouteSettled, hash));
    }
    figures[name] = median(times);
  }
  return figures;
}
