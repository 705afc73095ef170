import { expect, foreignRequests, test } from '../fixtures';
import { storedRecords } from './therapy-stored';
import { E2E_SLOW_TEST } from '../../timeouts';
import { chooseOption } from '../kit-select';

/*
 * Issue 25, point 10: ladder steps are editable. A person and their therapist
 * rework the ERP ladder after a few exposures: one step is renamed, its
 * expected SUDS lowered and moved up the ladder. The edit changes that step in
 * place (same record, so its logged exposures stay with it), the ladder
 * re-orders, and nothing is duplicated — on screen and in the vault.
 */
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

test('a ladder step is edited in place: renamed, re-rated, re-ranked, exposures kept', async ({ cairn }) => {
  const { page } = cairn;
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Homework', exact: true }).click();
  await page.getByRole('tab', { name: 'Exposure ladder (ERP)' }).click();

  // Each step is added in a panel over the ladder, which closes once it is added.
  const addForm = page.getByRole('dialog').getByRole('form', { name: 'Add a ladder step' });
  const steps: [string, string][] = [
    ['Touch the kitchen door handle', '30'],
    ['Touch the bin lid', '70'],
  ];
  const ladder = page.getByRole('list', { name: 'Exposure ladder' }).getByRole('listitem');
  for (const [i, [situation, suds]] of steps.entries()) {
    await page.getByRole('button', { name: 'New step' }).click();
    await addForm.getByLabel('Feared situation').fill(situation);
    await addForm.getByLabel('Expected SUDS (0–100)').fill(suds);
    await addForm.getByRole('button', { name: 'Add step' }).click();
    // As a person would: the step appears (and the form clears) before the next is typed.
    await expect(ladder).toHaveCount(i + 1);
  }

  // One exposure on the bin lid, so the edit must keep it attached.
  await page.getByRole('button', { name: 'Log an exposure' }).click();
  const log = page.getByRole('dialog').getByRole('form', { name: 'Log an exposure' });
  await chooseOption(page, 'Ladder step', '2. Touch the bin lid', log);
  await log.getByLabel('SUDS before (0–100)').fill('60');
  await log.getByLabel('SUDS at peak (0–100)').fill('75');
  await log.getByLabel('SUDS after (0–100)').fill('30');
  await log.getByRole('radiogroup', { name: 'Ritual resisted' }).getByText('Yes', { exact: true }).click();
  await log.getByRole('button', { name: 'Log exposure' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(ladder.nth(1)).toContainText('1 exposure · average drop from before: 30');
  const [before] = await storedRecords(page, 'therapy.exposureStep').then((s) => s.filter((x) => x.rank === 2));

  // The step opens in a panel; after Save changes it stays open (saying so) until Escape.
  await page.getByRole('button', { name: 'Open step 2: Touch the bin lid' }).click();
  const editForm = page.getByRole('dialog', { name: 'Step 2: Touch the bin lid' }).getByRole('form', { name: 'Edit a ladder step' });
  await expect(editForm.getByLabel('Feared situation')).toHaveValue('Touch the bin lid');
  await editForm.getByLabel('Feared situation').fill('Lift the bin lid with a bare hand');
  await editForm.getByLabel('Expected SUDS (0–100)').fill('25');
  await editForm.getByLabel('Rank').fill('1');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Changes saved.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The ladder re-orders by rank; the step kept its exposure.
  await expect(ladder).toHaveCount(2);
  await expect(ladder.first()).toHaveAccessibleName('Step 1: Lift the bin lid with a bare hand');
  await expect(ladder.first()).toContainText('Expected SUDS 25 · 1 exposure');

  // Stored: the same record, changed — not a second one.
  const stored = await storedRecords(page, 'therapy.exposureStep');
  expect(stored).toHaveLength(2);
  const edited = stored.find((s) => s.id === before!.id);
  expect(edited).toMatchObject({ situation: 'Lift the bin lid with a bare hand', expectedSuds: 25, rank: 1 });
  const exposures = await storedRecords(page, 'therapy.exposure');
  expect(exposures).toHaveLength(1);
  expect(exposures[0]).toMatchObject({ stepId: before!.id });
  expect(foreignRequests(cairn)).toEqual([]);
});
