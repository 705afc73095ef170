/*
 * The test runs' time zone, Playwright's and Vitest's: one where it is about
 * noon when the run starts. Specs compute "today" and "yesterday" in the test
 * process while the app computes its own in the page; a run that crosses local
 * midnight between the two (a CI run started at 23:53 UTC did, December 2026:
 * the journal's date filter and Insights' period picker each saw a different
 * "today" than the spec) fails for no fault of the product. From noon, a run
 * would need twelve hours to cross a midnight. Unit tests compute days the
 * same way (a check-in "today", a backup due today), so Vitest uses it too.
 *
 * The zone is a fixed-offset Etc/GMT zone, so no daylight-saving change falls
 * inside a run either. It is chosen once, by the runner, and handed to its
 * workers (which load the config again) through the environment; the test
 * process, main's code in the harness and Chromium (its `timezoneId`) all use it.
 * CAIRN_TEST_TZ set by hand picks the zone instead.
 */

/** The Etc/GMT zone whose local hour is nearest 12 at `now`. (Etc/GMT signs are inverted: Etc/GMT-5 is UTC+5.) */
export function noonTimeZone(now: Date): string {
  const utcHours = now.getUTCHours() + now.getUTCMinutes() / 60;
  // Offsets -12..+12 cover every hour of the day; all of them exist as Etc/GMT zones (-12..+14).
  const offset = Math.round(12 - utcHours);
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Sets TZ for this process and its children (workers load the config again and keep it), once per run; returns the zone for the browser's `timezoneId`. */
export function pinRunTimeZone(): string {
  if (!process.env.CAIRN_TEST_TZ) {
    process.env.CAIRN_TEST_TZ = noonTimeZone(new Date());
    // Chosen here, not by hand: the run started near noon in it (tests that check so read this).
    process.env.CAIRN_TEST_TZ_NOON = '1';
  }
  const zone = process.env.CAIRN_TEST_TZ;
  process.env.TZ = zone;
  return zone;
}
