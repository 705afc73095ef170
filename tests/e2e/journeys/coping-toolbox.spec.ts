import type { AnyRecord } from '../../../src/shared/domain';
import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 20, point 5. The person already checked in this morning (mood 6,
 * "Walk"). In the coping toolbox they write down a skill of their own, use it
 * and the grounding card: both join this morning's check-in, which keeps its
 * mood and its walk, and pressing again adds nothing twice. They archive the
 * skill and undo that. The breathing timer starts and stops, silent unless
 * the tone is chosen, and still under reduced motion.
 */
const today = day(0);
const morning: AnyRecord = {
  kind: 'journal.checkin', id: `checkin-${today}`, createdAt: stamp(), updatedAt: stamp(), date: today, mood: 6,
  triggers: [], coping: ['Walk'], tags: [], note: 'Morning',
};

test('write a skill, use it and the grounding card: today’s check-in gains both, once each', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await seedRecords(page, [morning]);
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Coping toolbox' })).toBeVisible();
  await expect(page.getByText('No coping skills here yet.')).toBeVisible();

  // A name that is only spaces is refused with a message; what was typed in the steps stays.
  await page.getByLabel('How I do it').fill('Splash my face with cold water.\nCount slowly to ten.');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByText('Give the skill a short name.')).toBeVisible();
  await expect(page.getByLabel('How I do it')).toHaveValue('Splash my face with cold water.\nCount slowly to ten.');
  await page.getByLabel('Name', { exact: true }).fill('Cold water');
  await page.getByRole('button', { name: 'Add skill' }).click();
  const skill = page.getByRole('region', { name: 'Cold water' });
  await expect(skill).toContainText('Count slowly to ten.');
  const [stored] = await storedOfKind(page, 'coping.skill');
  expect(stored).toMatchObject({ name: 'Cold water', steps: 'Splash my face with cold water.\nCount slowly to ten.', archived: false });

  await skill.getByRole('button', { name: 'I used Cold water today' }).click();
  await expect(skill.getByRole('button', { name: 'Cold water is in today’s check-in' })).toBeDisabled();
  await page.getByRole('button', { name: 'I used 5-4-3-2-1 grounding today' }).click();
  await expect(page.getByRole('button', { name: '5-4-3-2-1 grounding is in today’s check-in' })).toBeVisible();
  await expect
    .poll(async () => (await storedOfKind(page, 'journal.checkin')).map((c) => ({ date: c.date, mood: c.mood, note: c.note, coping: c.coping })))
    .toEqual([{ date: today, mood: 6, note: 'Morning', coping: ['Walk', 'Cold water', '5-4-3-2-1 grounding'] }]);

  // After a reload the toolbox still knows what today's check-in holds.
  await reloadAndUnlock(page);
  await page.keyboard.press('Control+8');
  await expect(page.getByRole('button', { name: 'Cold water is in today’s check-in' })).toBeDisabled();

  // Archive, then Undo: the skill comes back as it was.
  await page.getByRole('button', { name: 'Archive Cold water' }).click();
  await expect(page.getByRole('region', { name: 'Cold water' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Cold water' })).toBeVisible();
  await expect.poll(async () => (await storedOfKind(page, 'coping.skill')).map((s) => s.archived)).toEqual([false]);

  for (const [scheme, size] of [['light', { width: 1280, height: 900 }], ['dark', { width: 1280, height: 900 }], ['light', { width: 900, height: 650 }]] as const) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`toolbox-${scheme}-${size.width}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeProblems(page, '.toolbox-page')).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});

test('the breathing timer paces in and out, starts and stops, is silent unless asked, and holds still under reduced motion', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await page.keyboard.press('Control+8');
  const breathing = page.getByRole('region', { name: 'Paced breathing' });
  // Count the tones the page makes: Web Audio is the only way it could make one.
  await page.evaluate(() => {
    const w = window as unknown as { AudioContext: typeof AudioContext; tones: number };
    const Real = w.AudioContext;
    w.tones = 0;
    w.AudioContext = class extends Real {
      override createOscillator() {
        w.tones++;
        return super.createOscillator();
      }
    };
  });
  const tones = () => page.evaluate(() => (window as unknown as { tones: number }).tones);
  const circle = breathing.locator('[data-breathing="circle"]');
  const words = breathing.locator('[data-breathing="words"]');
  // The specs run with reduced motion (playwright.config.ts); this part is about the motion itself.
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  await expect(breathing.getByRole('radio', { name: 'No sound' })).toBeChecked();
  await breathing.getByLabel('Breathe in (seconds)').fill('1');
  await expect(breathing.getByText('Breathe in: use a whole number of seconds from 2 to 12.')).toBeVisible();
  await expect(breathing.getByRole('button', { name: 'Start breathing' })).toBeDisabled();
  await breathing.getByLabel('Breathe in (seconds)').fill('2');
  await breathing.getByLabel('Breathe out (seconds)').fill('2');

  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await expect(words).toContainText('Breathe in');
  await expect(circle).toHaveCSS('transition-duration', '2s');
  await expect(words).toContainText('Breathe out');
  await breathing.screenshot({ path: testInfo.outputPath('breathing-out.png') });
  await expect(breathing.getByRole('status')).toContainText(/Breathing: \d+ breaths? so far/);
  // A whole breath went by with no sound.
  await expect(words).toContainText('Breathe in');
  expect(await tones()).toBe(0);

  // Asked for: a tone at the next turn.
  await breathing.getByText('Soft tone at each turn', { exact: true }).click();
  await expect.poll(tones).toBeGreaterThan(0);

  await breathing.getByRole('button', { name: 'Stop' }).click();
  await expect(breathing.getByRole('status')).toHaveText('Stopped');
  await expect(words).toHaveText('Ready');

  // Reduced motion: the words and the count pace the breathing; the circle does not move.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await breathing.getByRole('button', { name: 'Start breathing' }).click();
  await expect(words).toContainText('Breathe out');
  await expect(circle).toHaveCSS('transform', 'none');
  await expect(circle).toHaveCSS('transition-property', 'none');
  await breathing.getByRole('button', { name: 'Stop' }).click();
  expect(foreignRequests(cairn)).toEqual([]);
});
