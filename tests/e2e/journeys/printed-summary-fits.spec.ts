import { SECTION_LABELS } from '../../../src/shared/summary/sections';
import { chooseOption } from '../kit-select';
import { expect, foreignRequests, test } from '../fixtures';
import { reloadAndUnlock, seedRecords } from '../seed';
import { unlockToShell } from '../steps';
import { openSummary, pdfPages, pdfText, savePdf } from './pdf';
import { sixWeeks } from './six-weeks';
import { storedOfKind } from './stored-records';
import { E2E_LONG_TEST } from '../../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (fixtures.ts); restarts unlock with PASSPHRASE, the fixture vault's.
test.use({ vault: 'unlocked' });

// Seeding, restarts and PDFs on a shared 2-core machine: generous, and covering the app's start-up too.
test.describe.configure({ timeout: E2E_LONG_TEST });

// Every heading the summary can print (the side-effects section prints as "Side effects", the entries one longer).
const HEADINGS = [...Object.values(SECTION_LABELS), 'Journal entries shared with my provider', 'Safety flag: answers on the safety path in this period'];

/** The last line of text on each page above the footer ("Confidential … Page n of m"). */
function lastLines(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => {
    const lines = pdfText(pdf, i + 1)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('Confidential — generated on this computer by Cairn'));
    return lines.at(-1) ?? '';
  });
}

test('the prescriber summary of six weeks: at most 2 pages, no heading alone at a page bottom, the preview counts the pages, the name is remembered', async ({ cairn }, testInfo) => {
  let { page } = cairn;
  await seedRecords(page, sixWeeks({ item9: 1 }));
  await reloadAndUnlock(page);
  await openSummary(page);

  // The name typed once is kept (encrypted settings) for the next visit.
  const name = page.getByLabel('Name on the summary (optional)');
  await expect(name).toHaveValue('');
  await name.fill('Sam Rivera');
  await name.blur();
  // Blurring saves it; restart only once it is stored (a restart cuts a save still on its way, as quitting mid-save would).
  await expect.poll(async () => (await storedOfKind(page, 'settings'))[0]?.summaryName).toBe('Sam Rivera');
  await cairn.restart();
  page = cairn.page;
  await unlockToShell(page);
  await openSummary(page);
  await expect(page.getByLabel('Name on the summary (optional)')).toHaveValue('Sam Rivera');

  const preview = page.getByRole('article', { name: /^Summary preview/ });
  await expect(preview.getByRole('heading', { name: 'Questions for this visit' })).toBeVisible();
  // Different lengths move the page break: with all side effects, and with two left out; on both papers.
  for (const [leftOut, paper] of [[0, 'A4'], [0, 'Letter'], [2, 'A4'], [2, 'Letter']] as const) {
    if (leftOut === 2 && paper === 'A4') {
      // A kit tick box keeps its own input visually hidden: press the label, as a person does.
      await page.getByText('Leave out “Nausea”', { exact: true }).click();
      await page.getByText('Leave out “Dizziness”', { exact: true }).click();
      await expect(page.getByRole('checkbox', { name: 'Leave out “Dizziness”' })).toBeChecked();
    }
    await chooseOption(page, 'Paper size', paper === 'A4' ? 'A4' : 'US Letter');
    const count = page.getByRole('status').filter({ hasText: /^Prints on \d+ pages? of/ });
    await expect(count).toContainText(paper === 'A4' ? 'of A4 paper' : 'of US Letter paper');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`preview-${leftOut}-${paper}-light.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath(`preview-${leftOut}-${paper}-dark.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    const shown = Number(/Prints on (\d+) page/.exec((await count.textContent()) ?? '')?.[1]);

    const pdf = testInfo.outputPath(`summary-${leftOut}-${paper}.pdf`);
    await savePdf(cairn, pdf);
    const pages = pdfPages(pdf);
    // The preview's page count is the printed one.
    expect(pages).toBe(shown);
    expect(pages).toBeLessThanOrEqual(2);
    // The preview marks where each printed page starts.
    await expect(preview.locator('[data-starts-page]')).toHaveCount(pages - 1);
    for (const [i, last] of lastLines(pdf, pages).entries()) {
      expect(HEADINGS, `page ${i + 1} of ${paper} ends with a heading: "${last}"`).not.toContain(last);
    }
    // A heading on a page that another page follows keeps its first rows (at least three lines) on its page.
    for (let n = 1; n < pages; n++) {
      const lines = pdfText(pdf, n)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('Confidential — generated on this computer by Cairn'));
      for (const heading of HEADINGS) {
        const at = lines.indexOf(heading);
        if (at >= 0) expect(lines.length - 1 - at, `"${heading}" on page ${n} of ${paper} keeps its first rows`).toBeGreaterThanOrEqual(3);
      }
    }
    const all = pdfText(pdf);
    expect(all).toContain('Appointment summary — Sam Rivera');
    expect(all).toContain('Questions for this visit');
    expect(all).toContain('Should the melatonin continue after the increase settles?');
  }
  expect(foreignRequests(cairn)).toEqual([]);
});
