import { describe, expect, it } from 'vitest';
import { pageContentPx, paginate } from './pagination';

describe('paginate', () => {
  it('keeps everything on one page when it fits', () => {
    expect(paginate([{ height: 300, head: 60 }, { height: 300, head: 60 }], 1000)).toEqual({ startsPage: [false, false], pages: 1 });
  });

  it('moves a section that does not fit to the next page whole, so its heading is never left at the bottom', () => {
    const { startsPage, pages } = paginate(
      [
        { height: 700, head: 60 },
        { height: 250, head: 40 },
        { height: 120, head: 40 },
      ],
      1000,
    );
    expect(startsPage).toEqual([false, false, true]);
    expect(pages).toBe(2);
  });

  it('lets a section taller than a page start where its heading and first rows fit, and counts the pages it runs over', () => {
    expect(paginate([{ height: 200, head: 40 }, { height: 1500, head: 80 }], 1000)).toEqual({ startsPage: [false, false], pages: 2 });
    expect(paginate([{ height: 950, head: 40 }, { height: 1500, head: 80 }], 1000)).toEqual({ startsPage: [false, true], pages: 3 });
  });

  it('knows the printable height of A4 and US Letter', () => {
    expect(Math.round(pageContentPx('A4'))).toBe(1009); // 267 mm
    expect(Math.round(pageContentPx('Letter'))).toBe(943); // 249.4 mm
  });
});
