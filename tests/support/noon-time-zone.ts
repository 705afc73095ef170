/*
 * The end-to-end run's time zone: one where it is about noon when the run
 * starts. Specs compute "today" and "yesterday" in the test process while the
 * app computes its own in the page; a run that crosses local midnight between
 * the two (a CI run started at 23:53 UTC did, Dec 2026: the journal's date
 * filter and Insights' period picker each saw a different "today" than the
 * spec) fails for no fault of the product. From noon, a run would need twelve
 * hours to cross a midnight.
 *
 * The zone is a fixed-offset Etc/GMT zone, so no daylight-saving change falls
 * inside a run either. It is chosen once, by the runner, and handed to its
 * workers (which load the config again) through the environment; the test
 * process, main's code in the harness and Chromium (its `timezoneId`) all use it.
 * CAIRN_E2E_TZ set by hand picks the zone instead.
 */

/** The Etc/GMT zone whose local hour is nearest 12 at `now`. (Etc/GMT signs are inverted: Etc/GMT-5 is UTC+5.) */
export function noonTimeZone(now: Date): string {
  const utcHours = now.getUTCHours() + now.getUTCMinutes() / 60;
  // Offsets -12..+12 cover every hour of the day; all of them exist as Etc/GMT zones (-12..+14).
  const offset = Math.round(12 - utcHours);
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Sets TZ for this process and its children, once per run; returns the zone for the browser's `timezoneId`. */
export function pinRunTimeZone(): string {
  const zone = process.env.CAIRN_E2E_TZ ?? noonTimeZone(new Date());
  process.env.CAIRN_E2E_TZ = zone;
  process.env.TZ = zone;
  return zone;
}
