import { formatDay } from '../../../src/shared/clinical/summary';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { expect, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });

/** Two PHQ-9s, two weeks apart. */
const twoScores = (): AnyRecord[] =>
  [0, -14].map((d) =>
    anyRecord.parse({ id: `phq9-${d}`, createdAt: stamp(), updatedAt: stamp(), kind: 'assessment.phq9', date: day(d), answers: [1, 1, 1, 1, 1, 0, 0, 0, 0] }),
  );

// The history is the kit's Table (a react-aria grid): one Tab stop, and the arrow keys reach the buttons in a row's last cell.
test('the questionnaire history is walked with the arrow keys, and a row is deleted from the keyboard', async ({ cairn }) => {
  const { page } = cairn;
  await seedRecords(page, twoScores());
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+4');
  const phq = page.getByRole('region', { name: 'PHQ-9 history' });
  const grid = phq.getByRole('grid', { name: /^PHQ-9 scores, newest first/ });
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(3);

  await grid.focus();
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(rows.nth(1).getByRole('rowheader')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText(formatDay(day(-14)));
  await expect(rows.nth(2).getByRole('rowheader')).toBeFocused();
  // Total, band, item 9, notes, then the actions cell's first button.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(phq.getByRole('button', { name: `Mark PHQ-9 of ${formatDay(day(-14))} as baseline` })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const remove = phq.getByRole('button', { name: `Delete PHQ-9 of ${formatDay(day(-14))}` });
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(formatDay(day(0)));
});
