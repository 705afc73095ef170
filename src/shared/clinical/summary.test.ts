import { describe, expect, it } from 'vitest';
import { historyOf, outcomesOf, type Period, type Taken } from './outcomes';
import { GAD7, PHQ9 } from './questionnaires';
import { changeText, formatDay, historySummary } from './summary';

const ALL: Period = { from: null, to: null };
const t = (id: string, date: string, answers: (number | null)[], extra: Partial<Taken> = {}): Taken => ({
  id,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  answers,
  ...extra,
});

describe('formatDay', () => {
  it('writes day, short month and year', () => {
    expect(formatDay('2026-11-25')).toBe('25 Nov 2026');
    expect(formatDay('2027-01-03')).toBe('3 Jan 2027');
  });
});

describe('historySummary', () => {
  it('says when there is nothing yet', () => {
    expect(historySummary(PHQ9, [], outcomesOf(PHQ9, [], ALL))).toBe('No PHQ-9 in this period yet.');
  });

  it('describes a single score with its band', () => {
    const h = historyOf(GAD7, [t('a', '2026-11-25', [2, 2, 2, 2, 2, 2, 0])]);
    expect(historySummary(GAD7, h, outcomesOf(GAD7, h, ALL))).toBe('One GAD-7 score in this period: 12 (moderate) on 25 Nov 2026.');
  });

  it('names the first and the latest scores and counts incomplete ones', () => {
    const h = historyOf(PHQ9, [
      t('a', '2026-09-01', [3, 3, 2, 2, 2, 2, 2, 2, 0]),
      t('b', '2026-10-01', [1, 1, 1, 1, 1, null, 1, 1, 1]),
      t('c', '2026-11-25', [1, 1, 1, 1, 1, 1, 1, 1, 0]),
    ]);
    expect(historySummary(PHQ9, h, outcomesOf(PHQ9, h, ALL))).toBe(
      // ICU writes September "Sep" or "Sept" in British English depending on its version.
      `2 PHQ-9 scores between ${formatDay('2026-09-01')} and 25 Nov 2026, plus 1 incomplete without a total: ` +
        `the first, 18 (moderately severe) on ${formatDay('2026-09-01')}; the latest, 8 (mild) on 25 Nov 2026.`,
    );
  });

  it('says when the baseline is the one the user marked', () => {
    const h = historyOf(GAD7, [
      t('a', '2026-09-01', [1, 1, 1, 1, 1, 1, 1]),
      t('b', '2026-10-01', [3, 3, 3, 3, 3, 3, 3], { isBaseline: true }),
      t('c', '2026-11-01', [0, 0, 0, 0, 0, 0, 1]),
    ]);
    expect(historySummary(GAD7, h, outcomesOf(GAD7, h, ALL))).toContain('your marked baseline, 21 (severe) on 1 Oct 2026');
  });
});

describe('changeText', () => {
  const outcomes = (from: number[], to: number[]) =>
    outcomesOf(GAD7, historyOf(GAD7, [t('a', '2026-10-01', from), t('b', '2026-11-01', to)]), ALL);
  it('gives points and percent with a real minus sign', () => {
    expect(changeText(outcomes([3, 3, 3, 3, 3, 3, 0], [1, 1, 1, 1, 1, 3, 0]))).toBe('−10 points (−56%)');
    expect(changeText(outcomes([1, 0, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0, 0]))).toBe('+1 point (+100%)');
    expect(changeText(outcomes([1, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0]))).toBe('0 points (0%)');
  });
  it('leaves out the percent from a baseline of 0', () => {
    expect(changeText(outcomes([0, 0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0, 0]))).toBe('+2 points');
  });
  it('waits for a second score', () => {
    const single = outcomesOf(GAD7, historyOf(GAD7, [t('a', '2026-10-01', [1, 1, 1, 1, 1, 1, 1])]), ALL);
    expect(changeText(single)).toMatch(/^Not yet/);
  });
});
