import { describe, expect, it } from 'vitest';
import { diaryCardId, type TherapyDiaryCard } from '../domain/therapy';
import { diaryCardNeedsSafetyPath } from '../clinical/safety-signals';

const diaryCardNeedsSafety = (c: Record<string, number>) => diaryCardNeedsSafetyPath({ date: '2026-12-01', ...c });
import { diaryWeek } from './diary-week';

const card = (date: string, rows: Partial<TherapyDiaryCard> = {}): TherapyDiaryCard => ({
  id: diaryCardId(date),
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  kind: 'therapy.diaryCard',
  date,
  urges: [],
  emotions: [],
  skills: [],
  note: '',
  ...rows,
});

describe('the diary card week grid', () => {
  // 25 Nov 2026 is a Wednesday: its week runs Monday 23 to Sunday 29 November.
  const week = diaryWeek(
    [
      card('2026-11-23', { suicidalUrge: 0, selfHarmUrge: 2, misery: 3, feelings: { joy: 1 }, medicationAsPrescribed: true, skillsRating: 5, urges: [{ target: 'Skipping meals', urge: 3, acted: true }] }),
      card('2026-11-25', { selfHarmUrge: 4, selfHarmActions: 1, medicationAsPrescribed: false }),
      card('2026-11-30', { selfHarmUrge: 5 }),
    ],
    '2026-11-25',
  );
  const row = (key: string) => week.rows.find((r) => r.key === key)?.cells;

  it('has seven days, Monday first', () => {
    expect(week.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it("lists Linehan's fixed rows in the card's order, then the person's own targets", () => {
    expect(week.rows.map((r) => r.label)).toEqual([
      'Urge to die',
      'Urge to self-harm',
      'Urge to use substances',
      'Self-harm',
      'Substance use',
      'Misery',
      'Sadness',
      'Shame',
      'Anger',
      'Fear',
      'Joy',
      'Medication as prescribed',
      'Skills used',
      'Urge: Skipping meals',
      'Acted on: Skipping meals',
    ]);
  });

  it('puts each value under its day; a day without a card, or a row left blank, stays empty (never 0)', () => {
    expect(row('selfHarmUrge')).toEqual([2, null, 4, null, null, null, null]);
    expect(row('suicidalUrge')).toEqual([0, null, null, null, null, null, null]);
    expect(row('selfHarmActions')).toEqual([null, null, 1, null, null, null, null]);
    expect(row('medicationAsPrescribed')).toEqual([true, null, false, null, null, null, null]);
    expect(row('feelings.joy')).toEqual([1, null, null, null, null, null, null]);
    expect(row('acted:Skipping meals')).toEqual([true, null, null, null, null, null, null]);
  });
});

describe('which diary cards open the safety path (CLINICAL.md, One safety path)', () => {
  it('an urge to die or to self-harm of 4 or more, or any self-harm action', () => {
    expect(diaryCardNeedsSafety({ suicidalUrge: 4 })).toBe(true);
    expect(diaryCardNeedsSafety({ selfHarmUrge: 5 })).toBe(true);
    expect(diaryCardNeedsSafety({ selfHarmActions: 1 })).toBe(true);
  });
  it('not for 3 or less with no action, nor for a card with those rows left blank', () => {
    expect(diaryCardNeedsSafety({ suicidalUrge: 3, selfHarmUrge: 3, selfHarmActions: 0 })).toBe(false);
    expect(diaryCardNeedsSafety({})).toBe(false);
  });
});
