import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { storedRecords } from './stored-medications';

/*
 * Issue 19, point 3: side effects over time. Nausea began two days after an
 * increase and is marked resolved today, eleven days later; headaches came,
 * went and came back. The summary says how long each episode lasted — the
 * headache's two episodes each with their own length, not one long one.
 */
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const effect = (id: string, symptom: string, date: string, resolvedOn: string | null) => ({
  ...meta(id), kind: 'med.sideEffect', date, symptom, frequency: 4, intensity: 3, burden: 2, resolvedOn, medicationId: 'med-sertraline', note: '',
});

test('a resolved side effect’s duration, and each episode of one that came back, are on the summary', async ({ cairn }) => {
  const { page } = cairn;
  const times = { kind: 'times', times: ['08:00'] };
  await seedRecords(
    page,
    [
      {
        ...meta('med-sertraline'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
        prescriber: '', reason: '', supply: null, trackedFrom: day(-40),
        steps: [
          { id: 's1', type: 'start', date: day(-40), amount: 50, schedule: times, reason: '', checkIn: '' },
          { id: 's2', type: 'increase', date: day(-13), amount: 100, schedule: times, reason: '', checkIn: '' },
        ],
      },
      effect('nausea', 'nausea', day(-11), null),
      effect('headache-1', 'headache', day(-20), day(-17)),
      effect('headache-2', 'headache', day(-5), null),
    ].map((r) => anyRecord.parse(r)),
  );
  await reloadAndUnlock(page);

  // The nausea is marked resolved today from the side-effect timeline.
  await page.keyboard.press('Control+2');
  await page.getByRole('navigation', { name: 'Medication views' }).getByRole('link', { name: 'Side effects' }).click();
  await page.getByRole('button', { name: `Mark nausea from ${formatDay(day(-11))} resolved today` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'nausea' }).first()).toContainText(`(lasted 11 days)`);

  await page.keyboard.press('Control+6');
  const section = page.getByRole('article', { name: 'Summary preview, with its page breaks' }).getByRole('region', { name: 'Side effects' });
  const nausea = section.getByRole('row', { name: /^nausea/ });
  await expect(nausea).toContainText(`${formatDay(day(-11))}: 2 days after Sertraline increased: 100 mg`);
  await expect(nausea).toContainText(`resolved ${formatDay(day(0))} (lasted 11 days)`);
  const headache = section.getByRole('row', { name: /^headache/ });
  await expect(headache).toContainText(
    `from ${formatDay(day(-20))}, resolved ${formatDay(day(-17))} (lasted 3 days); from ${formatDay(day(-5))}, ongoing (5 days so far)`,
  );

  const stored = await storedRecords(page, 'med.sideEffect');
  expect(stored.find((e) => e.id === 'nausea')).toMatchObject({ date: day(-11), resolvedOn: day(0) });
  expect(foreignRequests(cairn)).toEqual([]);
});
