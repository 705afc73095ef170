import { describe, expect, it } from 'vitest';
import { gad7Row, phq9Row, safetyFlags } from './scores';
import { gad7, phq9, phq9Answers } from './testing';

const period = { from: '2026-10-29', to: '2026-11-25' };

describe('PHQ-9 and GAD-7 rows', () => {
  it('gives baseline, latest, change, bands, response and remission for the PHQ-9', () => {
    const row = phq9Row([phq9('2026-10-01', phq9Answers(22)), phq9('2026-11-01', phq9Answers(18)), phq9('2026-11-20', phq9Answers(8))], period);
    expect(row.takings).toEqual([
      { date: '2026-11-01', total: 18, band: 'moderately severe' },
      { date: '2026-11-20', total: 8, band: 'mild' },
    ]);
    expect(row.baseline).toEqual({ date: '2026-11-01', total: 18, band: 'moderately severe', marked: false });
    expect(row.latest).toEqual({ date: '2026-11-20', total: 8, band: 'mild' });
    expect(row.change).toBe(-10);
    expect(row.changeText).toBe('−10 points (−56%)');
    expect(row.response).toBe(true);
    expect(row.remission).toBe(false);
  });

  it('uses a baseline the user marked, and shows an incomplete taking without a total', () => {
    const row = phq9Row(
      [
        phq9('2026-11-01', phq9Answers(12)),
        phq9('2026-11-08', phq9Answers(14), { isBaseline: true }),
        phq9('2026-11-15', [1, 1, null, 1, 1, 1, 1, 1, 0]),
        phq9('2026-11-22', phq9Answers(8)),
      ],
      period,
    );
    expect(row.baseline).toMatchObject({ date: '2026-11-08', total: 14, marked: true });
    expect(row.takings[2]).toEqual({ date: '2026-11-15', total: null, band: null });
    expect(row.change).toBe(-6);
    // 6 is less than half of 14.
    expect(row.response).toBe(false);
  });

  it('gives GAD-7 remission below 5 and response at a 50% fall', () => {
    const row = gad7Row([gad7('2026-11-02', [2, 2, 2, 2, 2, 1, 1]), gad7('2026-11-23', [1, 1, 1, 1, 0, 0, 0])], period);
    expect([row.baseline?.total, row.latest?.total, row.change, row.response, row.remission]).toEqual([12, 4, -8, true, true]);
    expect(row.baseline?.band).toBe('moderate');
    expect(row.latest?.band).toBe('minimal');
  });

  it('says why there is no change with a single score', () => {
    const row = gad7Row([gad7('2026-11-02', [2, 2, 2, 2, 2, 1, 1])], period);
    expect(row.change).toBeNull();
    expect(row.changeText).toMatch(/needs a later score/);
  });
});

describe('item 9 flag', () => {
  it('flags every PHQ-9 in the period with item 9 above 0, with the answer and date', () => {
    const flags = safetyFlags(
      [
        phq9('2026-11-20', phq9Answers(10, 1)),
        phq9('2026-11-01', phq9Answers(12, 0)),
        phq9('2026-11-10', [null, 1, 1, 1, 1, 1, 1, 1, 2]),
        phq9('2026-10-01', phq9Answers(20, 3)),
      ],
      period,
    );
    expect(flags).toEqual([
      { date: '2026-11-10', answer: 2, label: 'More than half the days' },
      { date: '2026-11-20', answer: 1, label: 'Several days' },
    ]);
  });

  it('raises no flag when every item 9 in the period is 0 or unanswered', () => {
    expect(safetyFlags([phq9('2026-11-01', phq9Answers(12, 0)), phq9('2026-11-02', [1, 1, 1, 1, 1, 1, 1, 1, null])], period)).toEqual([]);
  });
});
