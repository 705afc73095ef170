import { describe, expect, it } from 'vitest';
import { windowOf, type Piece } from './result-window';

const sizes = { heading: 30, hit: 50, more: 40 };
const drawn = (pieces: Piece[]) => pieces.flatMap((p) => ('hit' in p ? [p.hit] : []));
const height = (pieces: Piece[]) => pieces.reduce((h, p) => h + ('gap' in p ? p.gap : sizes.hit), 0);

describe('windowOf', () => {
  it('draws only the results in or near the box, and leaves gaps of the others’ height', () => {
    // 45 results: heading 0–30, result i at 30 + 50i. The box shows 500–800; 100 px drawn beyond each edge.
    const [pieces] = windowOf([{ hits: 45, more: true }], sizes, { top: 500, height: 300 }, undefined, 100);
    // Result 6 spans 330–380 (left out); 7 spans 380–430 (reaches 400: drawn) … 17 spans 880–930 (drawn); 18 starts at 930.
    expect(drawn(pieces!)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(pieces![0]).toEqual({ gap: 7 * 50 });
    expect(pieces!.at(-1)).toEqual({ gap: (45 - 18) * 50 });
    // The scroll height is what it would be with every row drawn.
    expect(height(pieces!)).toBe(45 * 50);
  });

  it('places a later group after the earlier ones, their headings and "show more" rows', () => {
    // Group 0: 30 + 5 × 50 + 40 = 320 px. Group 1's result i starts at 320 + 30 + 50i.
    const [first, second] = windowOf([{ hits: 5, more: true }, { hits: 5, more: false }], sizes, { top: 400, height: 100 }, undefined, 0);
    expect(drawn(first!)).toEqual([]);
    expect(first).toEqual([{ gap: 250 }]);
    // 400–500: result 0 (350–400) is out, 1 (400–450) and 2 (450–500) are in.
    expect(drawn(second!)).toEqual([1, 2]);
  });

  it('always draws a result it is asked to keep (the arrow keys’ choice), in its place', () => {
    const [pieces] = windowOf([{ hits: 40, more: false }], sizes, { top: 0, height: 100 }, (g, i) => g === 0 && i === 30, 0);
    expect(drawn(pieces!)).toEqual([0, 1, 30]);
    expect(pieces).toEqual([{ hit: 0 }, { hit: 1 }, { gap: 28 * 50 }, { hit: 30 }, { gap: 9 * 50 }]);
  });
});
