import { expect, foreignRequests, test } from './fixtures';
import { PASSPHRASE, unlockToShell } from './steps';
import { E2E_SLOW_TEST } from '../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

test('a 5 MB paste gets a clear message, nothing is saved and nothing typed is lost', async ({ cairn }) => {
  // Generous: a 5 MB form value makes every Playwright query on the page slow (not the app: its own click handling takes ~0.2 s).
  test.setTimeout(E2E_SLOW_TEST);
  const { page } = cairn;
  await page.keyboard.press('Control+1');
  const unit = '<script>alert(1)</script> 🙂 مرحبا\u200b ';
  const times = 140_000;
  const huge = `${unit.repeat(times)}end`;
  expect(huge.length).toBeGreaterThan(5_000_000);
  // CSS locators while 5 MB sit in the form: role and label queries compute accessible
  // names across the page, which with a 5 MB textarea costs Playwright (not Cairn) ~30 s.
  const body = page.locator('#entry-body');
  const saveButton = page.locator('button[type="submit"]', { hasText: 'Save entry' });
  // The page repeats `text` itself: sending the 5 MB string over the test driver's pipe took longer than the rest of the test.
  const paste = (text: string, repeat = 1, end = '') =>
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
  // As a paste arrives: the whole value at once, one input event.
  await paste(unit, times, 'end');
  await saveButton.click();
  await expect(page.locator('[role="alert"]', { hasText: /over 200,000 characters/ })).toBeVisible();
  // The text is still in the form, all of it, and no entry was created.
  expect(await body.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(huge.length);
  await expect(page.locator('p.empty', { hasText: 'No entries yet.' })).toBeVisible();

  // Trimmed to something reasonable, the same hostile text saves and shows as text.
  await paste(huge.slice(0, 5_000));
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
