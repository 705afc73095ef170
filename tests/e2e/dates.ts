import { expect, type Locator, type Page } from '@playwright/test';

/*
 * The kit's DateField and TimeField (src/renderer/ui/DateField.tsx,
 * TimeField.tsx) are groups of spinbutton segments, not <input type="date">:
 * a spec types into each segment by its data-type (year, month, day, hour,
 * minute, dayPeriod), which is the same in every locale, so the specs do not
 * depend on the order or separators the machine's locale shows.
 */

/** The kit date or time field labelled `label` (its group; the segments inside are named after it too). */
export const whenField = (scope: Page | Locator, label: string): Locator => scope.getByRole('group', { name: label, exact: true });

const segment = (field: Locator, type: string): Locator => field.locator(`[role="spinbutton"][data-type="${type}"]`);

async function typeInto(field: Locator, parts: readonly (readonly [type: string, text: string])[]): Promise<void> {
  for (const [type, text] of parts) {
    const part = segment(field, type);
    await part.click();
    await part.pressSequentially(text);
  }
}

/**
 * Types a stored day (yyyy-MM-dd) into a kit date field: the year, then the
 * month, then the day, so a day is always checked against its own month
 * (typing 31 while the field still shows February would be cut short).
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  if (!year || !month || !day) throw new Error(`fillDate takes yyyy-MM-dd, not "${iso}"`);
  await typeInto(field, [['year', year], ['month', month], ['day', day]]);
  await expectDate(field, iso);
}

/** The day a kit date field holds, read from its segments' values (locale independent). */
export async function expectDate(field: Locator, iso: string): Promise<void> {
  const read = async () => {
    const parts = await Promise.all(['year', 'month', 'day'].map((type) => segment(field, type).getAttribute('aria-valuenow')));
    return parts.every(Boolean) ? parts.map((p, i) => p!.padStart(i === 0 ? 4 : 2, '0')).join('-') : '';
  };
  await expect.poll(read).toBe(iso);
}

/**
 * Types a stored time (HH:mm) into a kit time field; where the locale shows a
 * 12-hour clock, the hour is typed as one and AM or PM chosen in its segment.
 */
export async function fillTime(field: Locator, hhmm: string): Promise<void> {
  const [hour, minute] = hhmm.split(':').map(Number);
  if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) throw new Error(`fillTime takes HH:mm, not "${hhmm}"`);
  const twelve = (await segment(field, 'dayPeriod').count()) > 0;
  const shownHour = twelve ? hour % 12 || 12 : hour;
  await typeInto(field, [['hour', String(shownHour).padStart(2, '0')], ['minute', String(minute).padStart(2, '0')]]);
  // A letter picks the half of the day (A or P in English; the segment also takes the arrows).
  if (twelve) await typeInto(field, [['dayPeriod', hour < 12 ? 'A' : 'P']]);
}

/** Empties a kit date or time field with Backspace from its last segment back, as a person would; it then holds ''. */
export async function clearWhen(field: Locator): Promise<void> {
  const parts = await field.locator('[role="spinbutton"]').all();
  for (const part of parts.reverse()) {
    await part.click();
    for (let i = 0; i < 4; i++) await part.press('Backspace');
  }
  await expect(field.locator('[role="spinbutton"]:not([data-placeholder])')).toHaveCount(0);
}
