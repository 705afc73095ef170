import { expect, foreignRequests, test } from '../fixtures';
import { day, reloadAndUnlock, seedRecords, stamp } from '../seed';
import { openHomeworkForm, unlockAfterRestart } from './therapy-nav';
import { storedRecords } from './therapy-stored';
import { E2E_SLOW_TEST } from '../../timeouts';
import { chooseOption } from '../kit-select';
import { fillDate, whenField } from '../dates';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

/*
 * Issue 25, point 11. Between EMDR sessions a person notes the target's
 * positive belief and VOC as their therapist set them, logs what came up as a
 * TICES snapshot, and practises their container. A SUD of 7 or more brings up
 * their own "things I can do on my own to cope" from their safety plan.
 * There is nothing for bilateral stimulation. After a restart every record is
 * stored as given.
 */
// Restarts and unlocks on a 2-core machine shared with other builds: a generous limit, no fixed waits.
test.describe.configure({ timeout: E2E_SLOW_TEST });

const COPING = 'Cold water on my face; walk round the block; box breathing';

test('EMDR between sessions: target as set, a TICES log at SUD 8 offers my coping steps, resource practice', async ({ cairn }) => {
  let { page } = cairn;
  const now = stamp();
  await seedRecords(page, [
    {
      kind: 'safety.plan',
      id: 'safety-plan',
      createdAt: now,
      updatedAt: now,
      warningSigns: '',
      copingOnMyOwn: COPING,
      distractions: '',
      peopleToAsk: [],
      professionals: [],
      saferSurroundings: '',
      reasonsForLiving: '',
    },
  ]);
  await reloadAndUnlock(page);
  await openHomeworkForm(page, 'Between sessions (EMDR)');
  await expect(page.getByText('No target noted yet.')).toBeVisible();
  await expect(page.getByText('Cairn has no eye movements or tapping')).toBeVisible();

  // The target's positive belief and VOC, copied from the session.
  await page.getByRole('button', { name: 'Note the target from your session' }).click();
  const target = page.getByRole('form', { name: 'Note the target from your session' });
  await target.getByLabel('Positive belief').fill('I am safe now');
  await target.getByLabel('VOC (1–7)').fill('3');
  await fillDate(whenField(target, 'Session date'), day(-2));
  await target.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByRole('region', { name: 'Current target' })).toContainText('Positive belief: “I am safe now” · VOC 3/7 · as set in session on');

  // A TICES snapshot with a SUD of 4: no coping offer.
  const tices = page.getByRole('form', { name: 'TICES log' });
  const log = async (trigger: string, sud: string) => {
    await tices.getByLabel('Trigger').fill(trigger);
    await tices.getByLabel('Image').fill('The junction');
    await tices.getByLabel('Cognition (the thought)').fill('I am not safe');
    await tices.getByLabel('Emotion').fill('Fear');
    await tices.getByLabel('Sensation (in the body)').fill('Tight chest');
    await tices.getByLabel('SUD (0–10)').fill(sud);
    await tices.getByRole('button', { name: 'Save to TICES log' }).click();
  };
  await log('A car horn', '4');
  await expect(page.getByRole('list', { name: 'TICES log' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Your own ways to cope' })).toHaveCount(0);

  // SUD 8: the person's own coping section, from their plan.
  await log('Screeching brakes', '8');
  const coping = page.getByRole('region', { name: 'Your own ways to cope' });
  await expect(coping).toContainText('That was a SUD of 8');
  await expect(coping).toContainText(COPING);
  await coping.getByRole('button', { name: 'Close' }).click();
  await expect(coping).toHaveCount(0);

  // Resource practice with SUD before and after.
  const practice = page.getByRole('form', { name: 'Resource practice' });
  await chooseOption(page, 'Resource', 'Container', practice);
  await practice.getByLabel('SUD before (0–10)').fill('6');
  await practice.getByLabel('SUD after (0–10)').fill('3');
  await practice.getByRole('button', { name: 'Log practice' }).click();
  await expect(page.getByRole('list', { name: 'Resource practice' })).toContainText('SUD 6 → 3');

  // A SUD outside 0–10 is refused with a message and nothing is saved.
  await tices.getByLabel('Trigger').fill('Out of range');
  await tices.getByLabel('SUD (0–10)').fill('11');
  await tices.getByRole('button', { name: 'Save to TICES log' }).click();
  await expect(tices.getByRole('alert')).toHaveText('SUD: use a whole number from 0 to 10.');

  await cairn.restart();
  page = cairn.page;
  await unlockAfterRestart(page);
  await openHomeworkForm(page, 'Between sessions (EMDR)');
  await expect(page.getByRole('list', { name: 'TICES log' }).getByRole('listitem')).toHaveCount(2);
  const logs = (await storedRecords(page, 'therapy.emdrLog')).sort((a, b) => a.sud - b.sud);
  expect(logs.map((l) => [l.trigger, l.image, l.cognition, l.emotion, l.sensation, l.sud])).toEqual([
    ['A car horn', 'The junction', 'I am not safe', 'Fear', 'Tight chest', 4],
    ['Screeching brakes', 'The junction', 'I am not safe', 'Fear', 'Tight chest', 8],
  ]);
  expect(await storedRecords(page, 'therapy.emdrResource')).toMatchObject([{ resource: 'container', sudBefore: 6, sudAfter: 3 }]);
  expect(await storedRecords(page, 'therapy.emdrTarget')).toMatchObject([{ positiveBelief: 'I am safe now', voc: 3, setOn: day(-2) }]);
  expect(foreignRequests(cairn)).toEqual([]);
});
