import { localDay } from '../../src/shared/local-date';
import { expect, test } from './fixtures';

// Specs compute "today" here while the app computes it in the page; both must
// use the run's noon zone (tests/support/noon-time-zone.ts) or a run across
// local midnight fails for no fault of the product.
test('the page and the specs share the run\'s time zone and its day', async ({ cairn }) => {
  const { page } = cairn;
  const zone = process.env.CAIRN_TEST_TZ;
  expect(zone).toMatch(/^Etc\/GMT/);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  const inPage = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, day: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, hour: now.getHours() };
  });
  expect(inPage.zone).toBe(zone);
  expect(inPage.day).toBe(localDay());
  // The run started near noon in this zone; hours later it is still the same day (a full run takes about
  // 15 minutes). A zone set by hand (CAIRN_TEST_TZ) promises no hour.
  if (process.env.CAIRN_TEST_TZ_NOON) {
    expect(inPage.hour).toBeGreaterThanOrEqual(11);
    expect(inPage.hour).toBeLessThan(18);
  }
});
