import { expect, foreignRequests, test } from './fixtures';

test('opens to the welcome screen, in light and dark', async ({ cairn }, testInfo) => {
  const { page } = cairn;
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cairn' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('welcome-light.png'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 22, 25)'); // --color-bg in dark (tokens.css)
  await page.screenshot({ path: testInfo.outputPath('welcome-dark.png'), fullPage: true });

  expect(foreignRequests(cairn)).toEqual([]);
});

test.describe('with a vault', () => {
  test.use({ vault: 'unlocked' });

  test('every section is reachable by keyboard alone', async ({ cairn }) => {
    const { page } = cairn;

    // Tab order: skip link, brand, then the sections.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /^Journal/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Journal/ })).toHaveAttribute('aria-current', 'page');

    const shortcuts: [string, string][] = [
      ['2', 'Medications'],
      ['3', 'Therapy'],
      ['4', 'Check-ins'],
      ['5', 'Insights'],
      ['6', 'Summary'],
      ['7', 'Settings'],
      ['1', 'Journal'],
    ];
    for (const [key, name] of shortcuts) {
      await page.keyboard.press(`Control+${key}`);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      // Focus moves to the new page so a screen reader announces it.
      await expect(page.locator('main')).toBeFocused();
    }

    expect(foreignRequests(cairn)).toEqual([]);
  });
});

test('the page cannot reach the network even if it tries', async ({ cairn }) => {
  const { page } = cairn;
  await expect(page.getByRole('heading', { name: 'Welcome to Cairn' })).toBeVisible();
  // connect-src 'none' comes from the app's real CSP header.
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'fetch went out';
    } catch {
      return 'fetch blocked';
    }
  });
  expect(outcome).toBe('fetch blocked');
  expect(foreignRequests(cairn)).toEqual([]);
});
