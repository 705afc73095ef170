/**
 * Where the printed summary's pages break, worked out from the preview's own
 * layout (the preview sheet has the printed width and type sizes). The same
 * breaks are then forced in print, so the preview shows what will print.
 */

export interface Block {
  /** Height in CSS px, margins included (the distance to the next block). */
  height: number;
  /** The heading and the first rows that must stay together. */
  head: number;
}

export interface Pages {
  /** For each block: does it start a new page? */
  startsPage: boolean[];
  pages: number;
}

/**
 * Greedy: a block that does not fit in what is left of the page moves to the
 * next page whole; a block taller than a page stays where it is only if its
 * heading and first rows fit, and then runs on over the following pages.
 */
export function paginate(blocks: readonly Block[], pageHeight: number): Pages {
  const startsPage = blocks.map(() => false);
  let pages = 1;
  let used = 0;
  blocks.forEach((block, i) => {
    const fits = used + block.height <= pageHeight;
    const headFits = used + block.head <= pageHeight;
    if (used > 0 && !fits && (block.height <= pageHeight || !headFits)) {
      startsPage[i] = true;
      pages += 1;
      used = 0;
    }
    used += block.height;
    while (used > pageHeight) {
      pages += 1;
      used -= pageHeight;
    }
  });
  return { startsPage, pages };
}

/** Printable height of one page in CSS px, for the print margins in summary.css (14 mm top, 16 mm bottom). */
export const PAPER_HEIGHT_MM = { A4: 297, Letter: 279.4 } as const;
export const MARGIN_MM = { top: 14, bottom: 16 } as const;
const PX_PER_MM = 96 / 25.4;

export function pageContentPx(paper: keyof typeof PAPER_HEIGHT_MM): number {
  return (PAPER_HEIGHT_MM[paper] - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM;
}
