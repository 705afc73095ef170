import { E2E_SLOW_TEST } from '../../timeouts';
import { expect, foreignRequests, test } from '../fixtures';
import { axeProblems } from './axe-both-schemes';
import { storedOfKind } from './stored-records';
import type { Locator } from '@playwright/test';

/** The kit field's message: the field is invalid and reads the message with its description (react-aria's aria-describedby). */
async function expectMessageOn(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts).
test.use({ vault: 'unlocked' });
test.describe.configure({ timeout: E2E_SLOW_TEST });

/*
 * Issue 17 (forms): the safety plan on react-hook-form + zod. A person writing
 * their plan pastes far too much into a section, leaves a contact without a
 * name and writes markup in their reasons for living. Each gets a plain
 * message on the field it is about, nothing is saved until the plan is right,
 * nothing typed is lost, and the markup is kept and shown as typed.
 */
test('the safety plan form: a huge paste and a nameless contact are refused on their fields, nothing is lost, markup is kept as text', async ({ cairn }) => {
  const { page } = cairn;
  const dialogs: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await page.keyboard.press('Control+Shift+S');
  await page.getByRole('button', { name: 'Write my safety plan' }).click();
  const warning = page.getByRole('textbox', { name: '1. Warning signs' });
  await warning.fill('Not sleeping. ');

  // A paste of 300,000 characters is refused before the browser lays it out; the field keeps what was typed.
  const unit = '<script>alert(1)</script> 🙂 مرحبا ';
  const pasted = await warning.evaluate((el, text) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    const data = new DataTransfer();
    data.setData('text/plain', text.repeat(10_000));
    return area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, unit);
  expect(pasted).toBe(false);
  const length = (unit.length * 10_000).toLocaleString('en-US');
  await expectMessageOn(
    warning,
    `That paste is ${length} characters, and this field holds up to 5,000. Nothing was pasted and what you typed is still here; paste a shorter part, or split it into several entries.`,
  );
  await expect(warning).toHaveValue('Not sleeping. ');
  // Typing on clears the message.
  await warning.press('End');
  await warning.pressSequentially('Pulling away.');
  await expect(page.getByRole('alert').filter({ hasText: 'That paste is' })).toHaveCount(0);

  // A contact with a phone and no name: the message is on that row's Name, and nothing is saved.
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const second = page.getByRole('group', { name: 'Person 2' });
  await second.getByLabel('Phone').fill(' 07700 900123 ');
  const reasons = page.getByRole('textbox', { name: '7. My reasons for living' });
  await reasons.fill('<b>My garden</b> and <img src=x onerror=alert(2)> the dog');
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  await expectMessageOn(second.getByLabel('Name'), 'Give each contact a name.');
  await expect(page.getByRole('group', { name: 'Person 1' }).getByLabel('Name')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Your safety plan is saved.')).toHaveCount(0);
  expect(await storedOfKind(page, 'safety.plan')).toEqual([]);
  // Everything typed is still there.
  await expect(warning).toHaveValue('Not sleeping. Pulling away.');
  await expect(second.getByLabel('Phone')).toHaveValue(' 07700 900123 ');
  await expect(reasons).toHaveValue('<b>My garden</b> and <img src=x onerror=alert(2)> the dog');
  expect(await axeProblems(page, 'main')).toEqual([]);

  // Removing a row offers Undo, which brings it back as typed.
  await page.getByRole('button', { name: 'Remove person 2' }).click();
  await expect(page.getByRole('group', { name: 'Person 2' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(second.getByLabel('Phone')).toHaveValue(' 07700 900123 ');

  // Named, it saves: the blank first row is dropped, the contact trimmed, the markup kept as typed.
  await second.getByLabel('Name').fill('Alex (sister)');
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your safety plan is saved.' })).toBeVisible();
  const [plan] = await storedOfKind(page, 'safety.plan');
  expect(plan).toMatchObject({
    warningSigns: 'Not sleeping. Pulling away.',
    peopleToAsk: [{ name: 'Alex (sister)', phone: '07700 900123', note: '' }],
    professionals: [],
    reasonsForLiving: '<b>My garden</b> and <img src=x onerror=alert(2)> the dog',
  });
  const shown = page.getByRole('region', { name: 'My reasons for living' });
  await expect(shown).toContainText('<b>My garden</b> and <img src=x onerror=alert(2)> the dog');
  expect(await shown.locator('b, img, script').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});

/*
 * Issue 17: a text section refused on save takes focus (the kit TextField hands
 * its textarea to react-hook-form), so a keyboard or screen reader user lands
 * on what to fix. The section is the third, after two that are fine, so the
 * focus is the first refused section's, not the form's first field.
 */
test('a text section over its limit: the save is refused, the message is on it, and it takes focus', async ({ cairn }) => {
  const { page } = cairn;
  await page.keyboard.press('Control+Shift+S');
  await page.getByRole('button', { name: 'Write my safety plan' }).click();
  await page.getByRole('textbox', { name: '1. Warning signs' }).fill('Not sleeping.');
  const third = page.getByRole('textbox', { name: '3. People and places that take my mind off things' });
  await third.fill('The park. '.repeat(501));
  await page.getByRole('button', { name: 'Save safety plan' }).click();
  await expectMessageOn(third, 'Keep each section under 5,000 characters.');
  await expect(third).toBeFocused();
  expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value.length)).toBe(5_010);
  expect(await storedOfKind(page, 'safety.plan')).toEqual([]);
});
