/**
 * Journey: the words a person reads (issue 15, journey 11). With five weeks
 * of ordinary use seeded, the person walks every section. No screen may show
 * a record kind as code ("diaryCard", "therapy.session"), a date as ISO
 * ("2026-10-21") or an ISO week ("2026-W49"), a singular count with a plural
 * noun ("1 days"), or clock times in a style other than the locale's (the
 * native time fields follow the locale, so "16:00" beside "4:00 PM" is a mix).
 * Screen-reader labels count as words too.
 */
import type { Page } from '@playwright/test';
import { generate } from '../../../bench/generate';
import { localDay } from '../../../src/shared/local-date';
import { expect, foreignRequests, test } from '../fixtures';
import { seedRecords } from '../seed';
import { reopenWithData } from './reopen';
import { storedRecords } from './stored-records';
import { E2E_LONG_TEST, E2E_SLOW_STEP } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// A shared 2-core machine: starting the app counts against this too; nothing here waits on a clock.
test.describe.configure({ timeout: E2E_LONG_TEST });

const CAMEL_KIND = /\b(?:diaryCard|exposureStep|thoughtRecord|sideEffect|medicationId|checkIns?|phq9|gad7)\b|\b(?:journal|therapy|med|assessment|safety)\.[a-z]+/;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const ISO_WEEK = /\b\d{4}-W\d{2}\b/;
const ONE_PLURAL = /(?<![\d.,])1 (?:days|weeks|months|hours|minutes|entries|check-ins|sessions|doses|records|items|points|changes|times|questionnaires|exposures|parts)\b/;
const TWELVE_HOUR = /\b\d{1,2}:[0-5]\d\s?[AP]M\b/;
const TWENTY_FOUR_HOUR = /\b(?:0\d|1[3-9]|2[0-3]):[0-5]\d\b(?!\s?[AP]M)/;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const DAY_FIRST = new RegExp(`\\b\\d{1,2} ${MONTH}\\b`);
const MONTH_FIRST = new RegExp(`\\b${MONTH} \\d{1,2}\\b`);

/** Every rule the screen breaks, quoted with a little context. */
async function problems(page: Page, screen: string): Promise<string[]> {
  const { text, hourCycle, dayFirst } = await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const labels = [...main.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    return {
      text: `${main.innerText}\n${labels.join('\n')}`,
      hourCycle: new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23',
      dayFirst: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).formatToParts(new Date(2026, 11, 2))[0]?.type === 'day',
    };
  });
  const found: string[] = [];
  const quote = (re: RegExp, what: string) => {
    for (const m of [...text.matchAll(new RegExp(re.source, 'g'))].slice(0, 3)) {
      found.push(`${screen}: ${what} “${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20).replace(/\s+/g, ' ')}”`);
    }
  };
  quote(CAMEL_KIND, 'a kind named as code');
  quote(ISO_DAY, 'an ISO date');
  quote(ISO_WEEK, 'an ISO week');
  quote(ONE_PLURAL, 'a plural after 1');
  // The locale says 12-hour (en-US here, like the native time fields) or 24-hour; the other style is a mix.
  quote(hourCycle.startsWith('h1') ? TWENTY_FOUR_HOUR : TWELVE_HOUR, `a ${hourCycle.startsWith('h1') ? '24' : '12'}-hour time in a ${hourCycle} locale`);
  // One order of day and month, the locale's ("Dec 2" in en-US, "2 Dec" in en-GB), like the native date fields.
  quote(dayFirst ? MONTH_FIRST : DAY_FIRST, `a date in ${dayFirst ? 'month-day' : 'day-month'} order in a ${dayFirst ? 'day-first' : 'month-first'} locale`);
  return found;
}

async function visit(page: Page, key: string, heading: string) {
  await page.keyboard.press(`Control+${key}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: E2E_SLOW_STEP });
}

async function eachTab(page: Page, listName: string, screen: string, found: string[]) {
  const tabs = page.getByRole('tablist', { name: listName }).getByRole('tab');
  const names = await tabs.allTextContents();
  for (const [i, name] of names.entries()) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    found.push(...(await problems(page, `${screen} › ${name.trim()}`)));
  }
}

test('every screen names kinds in words, dates and times in one locale style, and counts with the right plural', async ({ cairn }) => {
  const { page } = cairn;
  const records = generate({ years: 0.1, endDay: localDay() });
  await seedRecords(page, records);
  await reopenWithData(page);
  const found: string[] = [];

  await visit(page, '1', 'Journal');
  await expect(page.getByRole('region', { name: 'Timeline, newest first' })).toBeVisible();
  found.push(...(await problems(page, 'Journal')));
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  found.push(...(await problems(page, 'Journal › Month')));
  await page.getByRole('button', { name: /\(today\)/ }).click();
  found.push(...(await problems(page, 'Journal › a day')));

  await visit(page, '2', 'Medications');
  found.push(...(await problems(page, 'Medications')));
  await visit(page, '3', 'Therapy');
  await eachTab(page, 'Therapy', 'Therapy', found);
  await visit(page, '4', 'Check-ins');
  found.push(...(await problems(page, 'Check-ins')));
  await visit(page, '5', 'Insights');
  await eachTab(page, 'Insight views', 'Insights', found);
  await visit(page, '6', 'Appointment summary');
  found.push(...(await problems(page, 'Summary')));
  await visit(page, 'Comma', 'Settings');
  found.push(...(await problems(page, 'Settings')));

  expect(found).toEqual([]);
  // The words changed, the records did not: everything seeded is stored as it was.
  expect((await storedRecords(page)).length).toBe(records.length);
  expect(foreignRequests(cairn)).toEqual([]);
});
