/**
 * Part of `npm run bench` (issue 15, journey 10): opening Therapy with ten
 * years of data, and each of its tabs. Alone:
 *   npx electron-vite build --outDir out-bench
 *   CAIRN_OUT_DIR=out-bench npx playwright test -c bench/playwright.config.ts therapy.bench.ts
 * Prints figures and writes test-results-bench/therapy.md; asserts nothing about time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { localDay } from '../src/shared/local-date';
import { attachHarness, startHarness } from '../tests/harness/harness';
import { generate } from './generate';
import * as probe from './page-probes';
import { median, ms, table } from './stats';
import { writeVault } from './vault-writer';

const PASSPHRASE = 'violet tuba marsh quietly 47';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const YEARS = (process.env.BENCH_YEARS ?? '1,10').split(',').map(Number);

/** Each tab, as a URL and what shows that its list has been drawn. */
const TABS: [string, string, string][] = [
  ['Therapy (Sessions tab)', '#/therapy', 'ul[aria-label="Sessions"] article'],
  ['Goals', '#/therapy?tab=goals', 'ul[aria-label="Goals"] article'],
  ['Homework: thought records', '#/therapy?tab=homework&form=thought', 'ul[aria-label="Thought records"] article'],
  ['Homework: diary cards', '#/therapy?tab=homework&form=diary', 'ul[aria-label="Diary cards"] article'],
  ['Homework: exposures', '#/therapy?tab=homework&form=exposure', 'ul[aria-label="Exposures"] article'],
  ['Appointments', '#/therapy?tab=appointments', 'ul[aria-label="Past appointments"] article'],
];

interface TabFigure {
  tab: string;
  open: number;
  cards: number;
  pageHeight: number;
}

test('Therapy with ten years of data', async ({ playwright, launchOptions }) => {
  const columns: { years: number; records: number; sessions: number; tabs: TabFigure[] }[] = [];
  for (const years of YEARS) {
    const records = generate({ years, endDay: localDay(new Date()) });
    const root = mkdtempSync(path.join(tmpdir(), 'cairn-bench-therapy-'));
    const vaultDir = path.join(root, 'vault');
    mkdirSync(vaultDir);
    const { rows } = await writeVault(vaultDir, records, PASSPHRASE);
    const harness = await startHarness(vaultDir);
    const context = await playwright.chromium.launchPersistentContext(path.join(root, 'profile'), { ...launchOptions, headless: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await attachHarness(page, harness);
      await page.goto(`${harness.origin}/index.html`);
      await page.getByLabel('Passphrase', { exact: true }).waitFor();
      const sent = rows.map(({ id, env }) => ({ id, env: Buffer.from(env).toString('base64') }));
      for (let i = 0; i < sent.length; i += 200) await page.evaluate(probe.seedRows, sent.slice(i, i + 200));
      await page.reload();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 120_000 });
      const tabs: TabFigure[] = [];
      for (const [tab, hash, selector] of TABS) tabs.push({ tab, ...(await openTab(page, hash, selector)) });
      columns.push({ years, records: records.length, sessions: records.filter((r) => r.kind === 'therapy.session').length, tabs });
    } finally {
      await context.close();
      await harness.close();
      rmSync(root, { recursive: true, force: true });
    }
  }
  const header = [`figure (median of ${RUNS} runs)`, ...columns.map((c) => `${c.years} year${c.years === 1 ? '' : 's'}`)];
  const body = [
    ['records / therapy sessions', ...columns.map((c) => `${c.records} / ${c.sessions}`)],
    ...TABS.map(([tab], i) => [
      `10. open ${tab}: time / cards drawn / page height`,
      ...columns.map((c) => `${ms(c.tabs[i]!.open)} / ${c.tabs[i]!.cards} / ${c.tabs[i]!.pageHeight.toLocaleString('en-US')} px`),
    ]),
  ];
  const text = table(header, body);
  console.log(`\n${text}\n`);
  mkdirSync('test-results-bench', { recursive: true });
  writeFileSync('test-results-bench/therapy.md', text);
});

/** From the home screen to the tab's list painted, RUNS times; the cards drawn and the page's height after the last. */
async function openTab(page: Page, hash: string, selector: string): Promise<Omit<TabFigure, 'tab'>> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    times.push(await page.evaluate(probe.timeRoute, [hash, selector] as [string, string]));
  }
  const shape = await page.evaluate((sel) => ({ cards: document.querySelectorAll(sel).length, pageHeight: document.documentElement.scrollHeight }), selector);
  return { open: median(times), ...shape };
}
