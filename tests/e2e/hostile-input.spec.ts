import { expect, foreignRequests, test } from './fixtures';
import { openEntryEditor, PASSPHRASE, unlockToShell } from './steps';
import { E2E_SLOW_TEST } from '../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

test('a 5 MB paste gets a clear message, nothing is saved and nothing typed is lost', async ({ cairn }) => {
  // Generous: a form value of hundreds of thousands of characters makes every Playwright query on the page slow.
  test.setTimeout(E2E_SLOW_TEST);
  const { page } = cairn;
  await openEntryEditor(page);
  const unit = '<script>alert(1)</script> 🙂 مرحبا\u200b ';
  const times = 140_000;
  const huge = `${unit.repeat(times)}end`;
  expect(huge.length).toBeGreaterThan(5_000_000);
  // CSS locators while a big value sits in the form: role and label queries compute accessible names across the page.
  const body = page.locator('#entry-body');
  const saveButton = page.locator('button[type="submit"]', { hasText: 'Save entry' });
  const alert = page.locator('[role="alert"]');
  const bodyValue = () => body.evaluate((el) => (el as HTMLTextAreaElement).value);
  // The page repeats `text` itself: sending megabytes over the test driver's pipe takes longer than the rest of the test.
  const pasteEvent = (text: string, repeat: number) =>
    body.evaluate(
      (el, args) => {
        const area = el as HTMLTextAreaElement;
        area.focus();
        area.setSelectionRange(area.value.length, area.value.length);
        const data = new DataTransfer();
        data.setData('text/plain', args.text.repeat(args.repeat) + 'end');
        // Not inserted by a synthetic event: what reaches the field is what the app lets through (nothing, here).
        return area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { text, repeat },
    );
  // A value arriving without a paste event (dropped text, an input method): the whole value at once, one input event.
  const setValue = (text: string, repeat = 1, end = '') =>
    body.evaluate(
      (el, args) => {
        const area = el as HTMLTextAreaElement;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, args.text.repeat(args.repeat) + args.end);
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { text, repeat, end },
    );
  const dialogs: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));

  await page.getByLabel('Title (optional)').fill('A paste too far');
  await body.fill('Typed before the paste. ');
  // The 5 MB paste is refused before the browser lays it out (that alone froze the window for minutes on a busy machine).
  expect(await pasteEvent(unit, times)).toBe(false);
  const refused = alert.filter({ hasText: `That paste is ${huge.length.toLocaleString('en-US')} characters` });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('Nothing was pasted and what you typed is still here');
  expect(await bodyValue()).toBe('Typed before the paste. ');
  // Typing on clears the message.
  await body.press('End');
  await body.pressSequentially('x');
  await expect(alert.filter({ hasText: 'That paste is' })).toHaveCount(0);

  // Past the limit by another way, Save refuses with the entry's own message and keeps all of it.
  const over = 'Typed before the paste. ' + unit.repeat(6_000) + 'end';
  expect(over.length).toBeGreaterThan(200_000);
  await setValue('Typed before the paste. ', 1, unit.repeat(6_000) + 'end');
  await saveButton.click();
  await expect(alert.filter({ hasText: /over 200,000 characters/ })).toBeVisible();
  expect(await bodyValue()).toBe(over);
  await expect(page.getByText(/^No entries yet\./)).toBeVisible();

  // Trimmed to something reasonable, the same hostile text saves and shows as text.
  await setValue(huge.slice(0, 5_000));
  await saveButton.click();
  const article = page.getByRole('article', { name: 'A paste too far' });
  await expect(article).toBeVisible();
  await expect(article).toContainText('<script>alert(1)</script>');
  expect(await article.locator('script, img').count()).toBe(0);

  // It survives a lock, exactly.
  await page.keyboard.press('Control+L');
  await unlockToShell(page, PASSPHRASE);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('article', { name: 'A paste too far' })).toContainText('مرحبا');
  expect(dialogs).toEqual([]);
  expect(foreignRequests(cairn)).toEqual([]);
});
