/** Heights in CSS pixels of the list's three kinds of row, measured from the page (see SearchResults). */
export interface RowSizes {
  heading: number;
  hit: number;
  more: number;
}

/** The part of the list in its box: its scrollTop and its visible height. */
export interface ListView {
  top: number;
  height: number;
}

/** What a group draws in place of its hits: a hit by its index, or the height of the hits left out. */
export type Piece = { hit: number } | { gap: number };

/** Rows drawn beyond each edge of the box, in pixels, so a short scroll shows rows already there. */
export const OVERSCAN_PX = 240;

/**
 * Which results each group draws: only those in or near the list's box
 * (rows are all the same height, so a result's place is known without drawing
 * it), plus any that `keep` asks for (the one the arrow keys chose, which
 * aria-activedescendant names and must exist). Each run of rows left out
 * becomes one gap of their total height, so the scroll height and the
 * places of the drawn rows are what they would be with every row drawn.
 * Headings and "show more" rows are always drawn: at most one of each per group.
 */
export function windowOf(
  groups: readonly { hits: number; more: boolean }[],
  sizes: RowSizes,
  view: ListView,
  keep: (group: number, hit: number) => boolean = () => false,
  overscan = OVERSCAN_PX,
): Piece[][] {
  const from = view.top - overscan;
  const to = view.top + view.height + overscan;
  let y = 0;
  return groups.map((group, g) => {
    y += sizes.heading;
    const pieces: Piece[] = [];
    let gap = 0;
    for (let i = 0; i < group.hits; i++) {
      const top = y + i * sizes.hit;
      if ((top + sizes.hit > from && top < to) || keep(g, i)) {
        if (gap > 0) pieces.push({ gap });
        gap = 0;
        pieces.push({ hit: i });
      } else {
        gap += sizes.hit;
      }
    }
    if (gap > 0) pieces.push({ gap });
    y += group.hits * sizes.hit + (group.more ? sizes.more : 0);
    return pieces;
  });
}
