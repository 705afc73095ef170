import { sections } from '../../src/renderer/app/sections';
import { sixWeeks } from './journeys/six-weeks';
import { reloadAndUnlock, seedRecords } from './seed';
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
      ['7', 'Weekly review'],
      ['8', 'Coping toolbox'],
      ['Comma', 'Settings'],
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

  test('the sidebar carries the bundled mark and an icon per section, and stays in place while the page scrolls', async ({ cairn }) => {
    const { page } = cairn;
    await seedRecords(page, sixWeeks());
    await reloadAndUnlock(page);
    const sidebar = page.getByRole('navigation', { name: 'Sections' });
    // The mark comes with the app (a data: URL in the bundle), drawn, and decorative: the link is named "Cairn".
    const mark = sidebar.getByRole('link', { name: 'Cairn' }).locator('img');
    await expect(mark).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expect(mark).toHaveAttribute('alt', '');
    // Decoded a moment after the page shows, on a busy machine: ask until it is.
    await expect.poll(() => mark.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(sidebar.getByRole('listitem').locator('svg')).toHaveCount(sections.length);

    // A long page (six weeks in the appointment summary's preview) scrolled to its end: the sidebar has not moved.
    // (Not the journal: its timeline scrolls inside its own box since it went timeline-first.)
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.keyboard.press('Control+6');
    await expect(page.getByRole('heading', { level: 1, name: 'Appointment summary' })).toBeVisible();
    await expect(page.getByRole('article', { name: /^Summary preview/ })).toBeVisible();
    // The preview's pages are laid out after the article first shows.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 1.5)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expect(sidebar.getByRole('link', { name: /Settings/ })).toBeInViewport();
    // At the top of the window, to within a pixel (a busy fresh-clone run measured -0.2 px of sub-pixel layout).
    await expect.poll(async () => Math.abs((await sidebar.boundingBox())?.y ?? Infinity)).toBeLessThan(1);
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
