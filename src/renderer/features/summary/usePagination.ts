import { useLayoutEffect, useState, type RefObject } from 'react';
import { pageContentPx, paginate, type Block, type Pages } from './pagination';

/** Room left for rounding between the preview and Chromium's print layout: 3 mm. */
const SLACK_PX = (3 * 96) / 25.4;
/** The rows after a heading that must stay on its page (CLINICAL.md's sections start with a table or list). */
const FIRST_ROWS = 2;

function measure(body: HTMLElement, headerHeight: number, paper: 'A4' | 'Letter'): Pages & { long: boolean[] } {
  // The blocks say what they are (data-summary-block): their class names are the CSS module's, not stable names.
  const blocks = [...body.querySelectorAll<HTMLElement>(':scope > [data-summary-block]')];
  const end = body.getBoundingClientRect().bottom;
  const tops = blocks.map((b) => b.getBoundingClientRect().top);
  const page = pageContentPx(paper) - headerHeight - SLACK_PX;
  const measured: Block[] = blocks.map((block, i) => {
    const top = tops[i]!;
    const height = (tops[i + 1] ?? end) - top;
    const rows = [...block.querySelectorAll<HTMLElement>('tbody > tr, li, p, figure')];
    const keep = rows[Math.min(FIRST_ROWS, rows.length) - 1];
    const head = keep ? keep.getBoundingClientRect().bottom - top : height;
    return { height, head: Math.min(head, height) };
  });
  return { ...paginate(measured, page), long: measured.map((b) => b.height > page) };
}

/**
 * Measures the preview sheet and returns where its pages break on the chosen
 * paper. Runs again whenever the sheet's size changes (content, options, paper).
 */
export function usePagination(
  body: RefObject<HTMLElement | null>,
  header: RefObject<HTMLElement | null>,
  paper: 'A4' | 'Letter',
): Pages & { long: boolean[] } {
  const [pages, setPages] = useState<Pages & { long: boolean[] }>({ startsPage: [], pages: 1, long: [] });
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const update = () => {
      const next = measure(element, header.current?.getBoundingClientRect().height ?? 0, paper);
      setPages((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [body, header, paper]);
  return pages;
}
