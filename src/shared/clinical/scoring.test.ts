import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAD7, PHQ9, type Questionnaire } from './questionnaires';
import { bandFor, bandMeaning, safetyItemAnswered, scoreAnswers, type Answer } from './scoring';

/** Answers that add up to `total`, filled from the first item (3, 3, …, remainder, 0, …). */
function answersFor(q: Questionnaire, total: number): Answer[] {
  let left = total;
  return q.items.map(() => {
    const a = Math.min(3, left);
    left -= a;
    return a;
  });
}

const bandOf = (q: Questionnaire, total: number) => {
  const score = scoreAnswers(q, answersFor(q, total));
  if (!score.complete) throw new Error('expected a complete score');
  return score;
};

// The bands as CLINICAL.md states them, written out total by total.
const PHQ9_EXPECTED: [number, number, string][] = [
  [0, 4, 'minimal'],
  [5, 9, 'mild'],
  [10, 14, 'moderate'],
  [15, 19, 'moderately severe'],
  [20, 27, 'severe'],
];
const GAD7_EXPECTED: [number, number, string][] = [
  [0, 4, 'minimal'],
  [5, 9, 'mild'],
  [10, 14, 'moderate'],
  [15, 21, 'severe'],
];

describe.each([
  [PHQ9, PHQ9_EXPECTED],
  [GAD7, GAD7_EXPECTED],
])('$name totals and bands', (q, expected) => {
  for (const [min, max, label] of expected) {
    for (let total = min; total <= max; total++) {
      it(`total ${total} is ${label}`, () => {
        const score = bandOf(q, total);
        expect(score.total).toBe(total);
        expect(score.band.label).toBe(label);
      });
    }
  }

  it('has no total above its maximum', () => {
    expect(() => bandFor(q, q.maxTotal + 1)).toThrow(RangeError);
    expect(() => bandFor(q, -1)).toThrow(RangeError);
    expect(() => bandFor(q, 2.5)).toThrow(RangeError);
  });
});

describe('band boundaries', () => {
  it.each([
    [PHQ9, 4, 5, 'minimal', 'mild'],
    [PHQ9, 9, 10, 'mild', 'moderate'],
    [PHQ9, 14, 15, 'moderate', 'moderately severe'],
    [PHQ9, 19, 20, 'moderately severe', 'severe'],
    [GAD7, 4, 5, 'minimal', 'mild'],
    [GAD7, 9, 10, 'mild', 'moderate'],
    [GAD7, 14, 15, 'moderate', 'severe'],
  ])('%s: %i is %s, %i is %s', (q, below, above, lower, upper) => {
    expect(bandOf(q, below).band.label).toBe(lower);
    expect(bandOf(q, above).band.label).toBe(upper);
  });

  it('adds items rather than counting them: two "Several days" and one "Nearly every day" make 5', () => {
    const answers: Answer[] = [1, 0, 0, 1, 0, 3, 0, 0, 0];
    expect(scoreAnswers(PHQ9, answers)).toMatchObject({ complete: true, total: 5, band: { label: 'mild' } });
  });

  it('reaches the maxima 27 and 21 when every item is "Nearly every day"', () => {
    expect(scoreAnswers(PHQ9, Array(9).fill(3))).toMatchObject({ total: 27, band: { label: 'severe' } });
    expect(scoreAnswers(GAD7, Array(7).fill(3))).toMatchObject({ total: 21, band: { label: 'severe' } });
  });
});

describe('incomplete questionnaires', () => {
  it('have no total when one item is unanswered, even if every other item is "Nearly every day"', () => {
    const answers: Answer[] = [3, 3, 3, 3, null, 3, 3, 3, 3];
    expect(scoreAnswers(PHQ9, answers)).toEqual({ complete: false, unanswered: [5] });
  });

  it('list every unanswered item by its number', () => {
    expect(scoreAnswers(GAD7, [null, 1, 1, null, 1, 1, null])).toEqual({ complete: false, unanswered: [1, 4, 7] });
    expect(scoreAnswers(GAD7, Array(7).fill(null))).toEqual({ complete: false, unanswered: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('never score an unanswered item as 0 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 3 })), { minLength: 9, maxLength: 9 }), (answers) => {
        const score = scoreAnswers(PHQ9, answers);
        expect(score.complete).toBe(!answers.includes(null));
      }),
    );
  });
});

describe('bad answers are refused, not scored', () => {
  it('refuses the wrong number of answers', () => {
    expect(() => scoreAnswers(PHQ9, [0, 0, 0, 0, 0, 0, 0])).toThrow(/9 items/);
    expect(() => scoreAnswers(GAD7, Array(9).fill(0))).toThrow(/7 items/);
  });
  it('refuses values that are not answers', () => {
    expect(() => scoreAnswers(GAD7, [0, 0, 4, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreAnswers(GAD7, [0, 0, -1, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreAnswers(GAD7, [0, 0, 1.5, 0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('scoring properties', () => {
  it.each([PHQ9, GAD7])('$name: total is the sum and its band contains it', (q) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: q.items.length, maxLength: q.items.length }), (answers) => {
        const score = scoreAnswers(q, answers);
        if (!score.complete) throw new Error('complete answers gave no total');
        expect(score.total).toBe(answers.reduce((a, b) => a + b, 0));
        expect(score.total).toBeGreaterThanOrEqual(score.band.min);
        expect(score.total).toBeLessThanOrEqual(score.band.max);
      }),
    );
  });

  it.each([PHQ9, GAD7])('$name: raising one answer never lowers the total or the band', (q) => {
    const n = q.items.length;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
        fc.integer({ min: 0, max: n - 1 }),
        (answers, index) => {
          const raised = answers.map((a, i) => (i === index ? a + 1 : a));
          const before = scoreAnswers(q, answers);
          const after = scoreAnswers(q, raised);
          if (!before.complete || !after.complete) throw new Error('expected totals');
          expect(after.total).toBe(before.total + 1);
          expect(q.bands.indexOf(after.band)).toBeGreaterThanOrEqual(q.bands.indexOf(before.band));
        },
      ),
    );
  });

  it.each([PHQ9, GAD7])('$name: the bands cover 0 to the maximum without gaps or overlaps', (q) => {
    expect(q.bands[0]?.min).toBe(0);
    expect(q.bands.at(-1)?.max).toBe(q.maxTotal);
    q.bands.slice(1).forEach((band, i) => expect(band.min).toBe((q.bands[i]?.max ?? NaN) + 1));
  });
});

describe('band meaning', () => {
  it('states the range and the band name, and gives no advice', () => {
    const text = bandMeaning(PHQ9, bandFor(PHQ9, 12));
    expect(text).toContain('totals from 10 to 14 fall in the moderate band');
    expect(text).toContain('not a diagnosis');
    expect(text).not.toMatch(/\bshould\b|\bmust\b|recommend/i);
  });
});

describe('PHQ-9 item 9', () => {
  it('counts any answer above 0 as answered', () => {
    for (const answer of [1, 2, 3]) {
      expect(safetyItemAnswered(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, answer])).toBe(true);
    }
  });
  it('is not set off by 0, an unanswered item 9, or other items', () => {
    expect(safetyItemAnswered(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(safetyItemAnswered(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, null])).toBe(false);
    expect(safetyItemAnswered(GAD7, [3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });
  it('is part of the total like every other item', () => {
    expect(scoreAnswers(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 3])).toMatchObject({ complete: true, total: 3 });
  });
});
