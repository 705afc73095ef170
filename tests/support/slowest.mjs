// Prints the slowest Vitest files and Playwright tests of the last run, from
// the JSON reports vitest.config.ts and playwright.config.ts write, so a slow
// CI run can be told apart from a broken one and the cost found without a rerun.
// Usage: node tests/support/slowest.mjs [how many, default 20]
import { existsSync, readFileSync } from 'node:fs';

const count = Number(process.argv[2] ?? 20);
const seconds = (ms) => `${(ms / 1000).toFixed(1).padStart(7)} s`;

function print(title, rows) {
  console.log(`\n${title}`);
  rows.sort((a, b) => b.ms - a.ms);
  for (const row of rows.slice(0, count)) console.log(`${seconds(row.ms)}  ${row.name}`);
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  console.log(`${seconds(total)}  in all (${rows.length}; summed across workers)`);
}

const unit = 'test-results-unit/vitest.json';
if (existsSync(unit)) {
  const report = JSON.parse(readFileSync(unit, 'utf8'));
  print(
    `Slowest Vitest files (${unit}):`,
    report.testResults.map((file) => ({ name: file.name.replace(`${process.cwd()}/`, ''), ms: file.endTime - file.startTime })),
  );
}

const e2e = 'playwright-report/e2e.json';
if (existsSync(e2e)) {
  const rows = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        if (last) rows.push({ name: `[${test.projectName}] ${file ?? spec.file} › ${spec.title} (${last.status})`, ms: last.duration });
      }
    }
    for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
  };
  const report = JSON.parse(readFileSync(e2e, 'utf8'));
  for (const suite of report.suites) walk(suite, suite.file);
  print(`Slowest Playwright tests (${e2e}):`, rows);
}
