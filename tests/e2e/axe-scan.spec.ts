import { expect, test } from './fixtures';
import { axeScan, seriousAxeFindings } from './axe';

// The specs' accessibility checks rest on tests/e2e/axe.ts: it must find what axe finds, scoped as asked, and again after a reload.
test('axeScan reports a problem, only inside what it is asked to scan, and again after a reload', async ({ page }) => {
  const markup = '<main><h1>Scan</h1><section id="bad"><img src="data:,"><button></button></section><section id="good"><p>Fine</p></section></main>';
  await page.setContent(`<!doctype html><html lang="en"><head><title>Scan</title></head><body>${markup}</body></html>`);
  expect((await seriousAxeFindings(page)).map((line) => line.split(':')[0]).sort()).toEqual(['button-name', 'image-alt']);
  expect(await seriousAxeFindings(page, { include: '#good' })).toEqual([]);
  const tagged = await axeScan(page, { include: '#bad', tags: ['wcag2a'] });
  expect(tagged.violations.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  // A new document has no axe in it: the helper puts it back.
  await page.setContent(`<!doctype html><html lang="en"><head><title>Again</title></head><body><main><h1>Again</h1><img src="data:,"></main></body></html>`);
  expect((await axeScan(page)).violations.map((v) => v.id)).toEqual(['image-alt']);
});
