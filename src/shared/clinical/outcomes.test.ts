import { describe, expect, it } from 'vitest';
import { daysBetween, historyOf, outcomesOf, reliableChangeText, reminderDue, daysSinceLast, type Period, type Taken } from './outcomes';
import { GAD7, PHQ9, type Questionnaire } from './questionnaires';
import type { Answer } from './scoring';

const ALL: Period = { from: null, to: null };

function answersFor(q: Questionnaire, total: number): Answer[] {
  let left = total;
  return q.items.map(() => {
    const a = Math.min(3, left);
    left -= a;
    return a;
  });
}

let n = 0;
function taken(date: string, total: number | null, extra: Partial<Taken> = {}, q: Questionnaire = PHQ9): Taken {
  n += 1;
  const answers = total === null ? [...answersFor(q, 6).slice(0, -1), null] : answersFor(q, total);
  return { id: `t${n}`, date, createdAt: `${date}T10:00:${String(n % 60).padStart(2, '0')}.000Z`, answers, ...extra };
}

describe('daysBetween', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-11', '2026-11-25')).toBe(14);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5);
  });
});

describe('history', () => {
  it('is ordered by date, then by when it was taken', () => {
    const a = taken('2026-10-01', 10);
    const b = { ...taken('2026-09-01', 12), createdAt: '2026-10-02T08:00:00.000Z' };
    const c = { ...taken('2026-10-01', 8), createdAt: '2026-10-01T23:00:00.000Z' };
    expect(historyOf(PHQ9, [a, c, b]).map((e) => e.taken.id)).toEqual([b.id, a.id, c.id]);
  });

  it('labels a retake within 14 days, not one 14 days or more later', () => {
    const history = historyOf(PHQ9, [
      taken('2026-10-01', 10),
      taken('2026-10-14', 9), // 13 days
      taken('2026-10-28', 8), // 14 days
      taken('2026-10-28', 8), // same day
    ]);
    expect(history.map((e) => e.retake)).toEqual([false, true, false, true]);
  });

  it('does not let the PHQ-9 10th question change the total', () => {
    const answers: Answer[] = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    const [without] = historyOf(PHQ9, [{ ...taken('2026-10-01', 0), answers }]);
    for (const difficulty of [0, 1, 2, 3, null]) {
      const [withIt] = historyOf(PHQ9, [{ ...taken('2026-10-01', 0), answers, difficulty }]);
      expect(withIt?.score).toEqual(without?.score);
      expect(withIt?.score).toMatchObject({ complete: true, total: 9 });
    }
  });
});

describe('outcomes from a baseline', () => {
  it('uses the first score in the period as baseline and the last as latest', () => {
    const history = historyOf(PHQ9, [taken('2026-06-01', 22), taken('2026-08-01', 18), taken('2026-09-01', 12), taken('2026-11-01', 8)]);
    const o = outcomesOf(PHQ9, history, { from: '2026-07-01', to: '2026-11-30' });
    expect(o.baseline).toMatchObject({ total: 18, source: 'first-in-period' });
    expect(o.latest?.total).toBe(8);
    expect(o.change).toBe(-10);
    expect(o.response).toBe(true);
    expect(o.remission).toBe(false);
  });

  it('prefers a baseline the user marked inside the period', () => {
    const history = historyOf(PHQ9, [taken('2026-08-01', 9), taken('2026-09-01', 16, { isBaseline: true }), taken('2026-11-01', 8)]);
    const o = outcomesOf(PHQ9, history, ALL);
    expect(o.baseline).toMatchObject({ total: 16, source: 'marked' });
    expect(o.change).toBe(-8);
    expect(o.response).toBe(true);
  });

  it('ignores a marked baseline outside the period', () => {
    const history = historyOf(PHQ9, [taken('2026-01-01', 25, { isBaseline: true }), taken('2026-09-01', 16), taken('2026-11-01', 9)]);
    const o = outcomesOf(PHQ9, history, { from: '2026-06-01', to: null });
    expect(o.baseline).toMatchObject({ total: 16, source: 'first-in-period' });
    expect(o.response).toBe(false);
  });

  it.each([
    [20, 10, true], // exactly 50%
    [20, 11, false], // 45%
    [15, 7, true], // 53%
    [15, 8, false], // 47%
    [10, 5, true],
    [10, 14, false], // rose
  ])('response: %i to %i is %s', (from, to, expected) => {
    const history = historyOf(PHQ9, [taken('2026-09-01', from), taken('2026-11-01', to)]);
    expect(outcomesOf(PHQ9, history, ALL).response).toBe(expected);
  });

  it.each([
    [PHQ9, 4, true],
    [PHQ9, 5, false],
    [GAD7, 4, true],
    [GAD7, 5, false],
  ])('remission on %s: latest %i is %s', (q, latest, expected) => {
    const history = historyOf(q, [taken('2026-09-01', 15, {}, q), taken('2026-11-01', latest, {}, q)]);
    expect(outcomesOf(q, history, ALL).remission).toBe(expected);
  });

  it('never uses an incomplete questionnaire as baseline or latest', () => {
    const history = historyOf(PHQ9, [
      taken('2026-08-01', null, { isBaseline: true }),
      taken('2026-09-01', 18),
      taken('2026-10-01', 6),
      taken('2026-11-01', null),
    ]);
    const o = outcomesOf(PHQ9, history, ALL);
    expect(o.baseline?.total).toBe(18);
    expect(o.latest?.total).toBe(6);
    expect(o.change).toBe(-12);
  });

  it('has no response or remission from a single score', () => {
    const o = outcomesOf(PHQ9, historyOf(PHQ9, [taken('2026-11-01', 3)]), ALL);
    expect(o.baseline?.total).toBe(3);
    expect(o.latest?.total).toBe(3);
    expect(o).toMatchObject({ change: null, response: null, remission: null });
    expect(o.note).toMatch(/later score/);
  });

  it('reports neither response nor remission from a baseline of 0', () => {
    const o = outcomesOf(GAD7, historyOf(GAD7, [taken('2026-10-01', 0, {}, GAD7), taken('2026-11-01', 0, {}, GAD7)]), ALL);
    expect(o).toMatchObject({ change: 0, response: null, remission: null, note: 'Not applicable (baseline below 8)' });
  });

  // CLINICAL.md, "Outcomes a clinician can trust": a PHQ-9 from 4 to 2 is not a response or a remission.
  it.each([
    [PHQ9, 4, 2, 'Not applicable (baseline below 10)'],
    [PHQ9, 9, 2, 'Not applicable (baseline below 10)'],
    [GAD7, 7, 1, 'Not applicable (baseline below 8)'],
  ])('%s from %i to %i: response and remission are not applicable', (q, from, to, note) => {
    const o = outcomesOf(q, historyOf(q, [taken('2026-10-01', from, {}, q), taken('2026-11-01', to, {}, q)]), ALL);
    expect(o).toMatchObject({ change: to - from, response: null, remission: null, note });
    expect(o.baseline?.atCaseness).toBe(false);
  });

  it.each([
    [PHQ9, 10, 4, true, true],
    [GAD7, 8, 4, true, true],
    [GAD7, 8, 5, false, false],
  ])('%s from a baseline at caseness (%i) to %i: response %s, remission %s', (q, from, to, response, remission) => {
    const o = outcomesOf(q, historyOf(q, [taken('2026-10-01', from, {}, q), taken('2026-11-01', to, {}, q)]), ALL);
    expect(o).toMatchObject({ response, remission, note: null });
    expect(o.baseline?.atCaseness).toBe(true);
  });

  it.each([
    [PHQ9, 16, 10, 'fell'],
    [PHQ9, 16, 11, 'within-variation'],
    [PHQ9, 10, 16, 'rose'],
    [PHQ9, 10, 15, 'within-variation'],
    [GAD7, 12, 8, 'fell'],
    [GAD7, 12, 9, 'within-variation'],
    [GAD7, 4, 8, 'rose'],
  ] as const)('%s reliable change from %i to %i: %s', (q, from, to, expected) => {
    const o = outcomesOf(q, historyOf(q, [taken('2026-10-01', from, {}, q), taken('2026-11-01', to, {}, q)]), ALL);
    expect(o.reliable).toBe(expected);
  });

  it('states reliable change as a fact about the numbers', () => {
    expect(reliableChangeText(PHQ9, 'fell')).toBe('Reliable change: the total fell by 6 points or more');
    expect(reliableChangeText(GAD7, 'rose')).toBe('Reliable change: the total rose by 4 points or more');
    expect(reliableChangeText(PHQ9, 'within-variation')).toBe(
      'Within the usual variation of the questionnaire (a change of less than 6 points)',
    );
    expect(reliableChangeText(PHQ9, null)).toBeNull();
  });

  it('says so when there is nothing to compare', () => {
    const o = outcomesOf(PHQ9, historyOf(PHQ9, [taken('2026-11-01', null)]), ALL);
    expect(o).toMatchObject({ baseline: null, latest: null, change: null, response: null, remission: null });
  });
});

describe('the two-week reminder', () => {
  it('is due only when the last one was more than 14 days ago', () => {
    const history = historyOf(GAD7, [taken('2026-10-01', 5, {}, GAD7), taken('2026-11-10', 5, {}, GAD7)]);
    expect(daysSinceLast(history, '2026-11-24')).toBe(14);
    expect(reminderDue(history, '2026-11-24')).toBe(false);
    expect(reminderDue(history, '2026-11-25')).toBe(true);
  });
  it('counts an incomplete taking as taken', () => {
    expect(reminderDue(historyOf(PHQ9, [taken('2026-11-20', null)]), '2026-11-25')).toBe(false);
  });
  it('is not due before the first one (the empty state invites it instead)', () => {
    expect(reminderDue([], '2026-11-25')).toBe(false);
    expect(daysSinceLast([], '2026-11-25')).toBeNull();
  });
});
