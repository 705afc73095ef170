/**
 * axe-core scans for the specs. @axe-core/playwright re-injects axe's ~500 kB
 * source into the page on every scan and runs it in partial steps that
 * shuttle JSON back and forth; measured over the medications and therapy
 * specs that was ~0.3 s of injection per scan and a fifth of the specs' time.
 * Here axe is put into a document once (a reload or restart gets it again)
 * and run in one call. The rules, tags and results are axe's own.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

export interface AxeScanOptions {
  /** A CSS selector: scan only this part of the page (as AxeBuilder's include). */
  include?: string;
  /** Only rules with these tags (as AxeBuilder's withTags), e.g. ['wcag2a', 'wcag2aa']. */
  tags?: string[];
}

type AxeWindow = Window & { axe?: typeof axe };

export async function axeScan(page: Page, { include, tags }: AxeScanOptions = {}): Promise<{ violations: AxeViolation[] }> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      // A colour-scheme change eases buttons' colours (theme.css): scan the colours they end on, not a mid-way frame.
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
      const run = (window as AxeWindow).axe!;
      const result = await run.run(include ? { include: [include] } : document, tags ? { runOnly: { type: 'tag', values: tags } } : {});
      return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
    },
    { include, tags },
  );
  return { violations };
}

/** Serious and critical findings, one line each ("rule: targets"). */
export async function seriousAxeFindings(page: Page, options: AxeScanOptions = {}): Promise<string[]> {
  const { violations } = await axeScan(page, options);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
