import { describe, expect, it } from 'vitest';
import { GAD7 } from '../clinical/questionnaires';
import { phq9Row, safetyFlags, scoreRow } from './scores';

const gad7Row = (records: Parameters<typeof scoreRow>[1], period: Parameters<typeof scoreRow>[2]) => scoreRow(GAD7, records, period);
import { gad7, phq9, phq9Answers } from './testing';

const period = { from: '2026-10-29', to: '2026-11-25' };

describe('PHQ-9 and GAD-7 rows', () => {
  it('gives baseline, latest, change, bands, response and remission for the PHQ-9', () => {
    const row = phq9Row([phq9('2026-10-01', phq9Answers(22)), phq9('2026-11-01', phq9Answers(18)), phq9('2026-11-20', phq9Answers(8))], period);
    expect(row.takings).toEqual([
      { date: '2026-11-01', total: 18, band: 'moderately severe', retake: false, difficulty: null },
      { date: '2026-11-20', total: 8, band: 'mild', retake: false, difficulty: null },
    ]);
    expect(row.baseline).toEqual({ date: '2026-11-01', total: 18, band: 'moderately severe', retake: false, difficulty: null, source: 'first-in-period' });
    expect(row.latest).toEqual({ date: '2026-11-20', total: 8, band: 'mild', retake: false, difficulty: null });
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
    expect(row.baseline).toMatchObject({ date: '2026-11-08', total: 14, source: 'marked' });
    expect(row.takings[2]).toMatchObject({ date: '2026-11-15', total: null, band: null, retake: true });
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
  it('flags every PHQ-9 in the period with item 9 above 0, with its final answer and date', () => {
    const flags = safetyFlags(
      [
        phq9('2026-11-20', phq9Answers(10, 1)),
        phq9('2026-11-01', phq9Answers(12, 0)),
        phq9('2026-11-10', [null, 1, 1, 1, 1, 1, 1, 1, 2]),
        phq9('2026-10-01', phq9Answers(20, 3)),
      ],
      [],
      period,
    );
    expect(flags.map((f) => [f.date, f.value, f.text])).toEqual([
      ['2026-11-10', 2, 'PHQ-9 item 9: 2 — More than half the days'],
      ['2026-11-20', 1, 'PHQ-9 item 9: 1 — Several days'],
    ]);
  });

  it('raises no flag when every item 9 in the period is 0 or unanswered', () => {
    expect(safetyFlags([phq9('2026-11-01', phq9Answers(12, 0)), phq9('2026-11-02', [1, 1, 1, 1, 1, 1, 1, 1, null])], [], period)).toEqual([]);
  });
});

describe('outcomes a clinician can trust (CLINICAL.md)', () => {
  it('reports no response or remission for a PHQ-9 from 4 to 2: the baseline is below caseness', () => {
    const row = phq9Row([phq9('2026-11-01', phq9Answers(4)), phq9('2026-11-20', phq9Answers(2))], period);
    expect(row.response).toBeNull();
    expect(row.remission).toBeNull();
    expect(row.note).toBe('Not applicable (baseline below 10)');
    expect(row.reliableText).toBe('Within the usual variation of the questionnaire (a change of less than 6 points)');
  });

  it('labels an unmarked baseline as the first in the period, and a marked one as marked', () => {
    expect(phq9Row([phq9('2026-11-01', phq9Answers(14)), phq9('2026-11-20', phq9Answers(6))], period).baseline?.source).toBe('first-in-period');
    const marked = phq9Row([phq9('2026-11-01', phq9Answers(14)), phq9('2026-11-20', phq9Answers(6), { isBaseline: true })], period);
    expect(marked.baseline?.source).toBe('marked');
  });

  it('labels repeats within 14 days and prints the difficulty answer beside the total, never added', () => {
    const row = phq9Row(
      [phq9('2026-11-01', phq9Answers(14), { difficulty: 2 }), { ...phq9('2026-11-08', phq9Answers(12)), id: 'second' }],
      period,
    );
    expect(row.takings).toEqual([
      { date: '2026-11-01', total: 14, band: 'moderate', retake: false, difficulty: 'Very difficult' },
      { date: '2026-11-08', total: 12, band: 'moderate', retake: true, difficulty: null },
    ]);
    expect(row.reliableText).toMatch(/^Within the usual variation/);
  });

  it('gives a reliable change of 6 PHQ-9 points or more, and the GAD-7 difficulty answer', () => {
    expect(phq9Row([phq9('2026-11-01', phq9Answers(16)), phq9('2026-11-20', phq9Answers(10))], period).reliableText).toBe(
      'Reliable change: the total fell by 6 points or more',
    );
    const gad = gad7Row([{ ...gad7('2026-11-02', [2, 2, 2, 2, 2, 1, 1]), difficulty: 1 }], period);
    expect(gad.takings[0]?.difficulty).toBe('Somewhat difficult');
  });

  it('leaves unfinished questionnaires (drafts) out of the scores but not out of the flag', () => {
    const draft = phq9('2026-11-21', [1, 1, null, null, null, null, null, null, 3], { draft: true });
    expect(phq9Row([draft], period).takings).toEqual([]);
    expect(safetyFlags([draft], [], period).map((f) => f.text)).toEqual(['PHQ-9 item 9: 3 — Nearly every day (questionnaire not finished)']);
  });
});
