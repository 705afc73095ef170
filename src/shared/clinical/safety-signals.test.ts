import { describe, expect, it } from 'vitest';
import { diaryCardNeedsSafetyPath, diaryCardSignals, phq9Signal, safetySignals, URGE_THRESHOLD } from './safety-signals';

const phq9 = (date: string, item9: number | null, draft?: true) => ({
  date,
  answers: [1, 1, 1, 1, 1, 1, 1, 1, item9],
  ...(draft ? { draft } : {}),
});
const period = { from: '2026-11-01', to: '2026-11-30' };

describe('PHQ-9 item 9', () => {
  it('is a signal above 0, with the official answer wording', () => {
    expect(phq9Signal(phq9('2026-11-02', 1))).toEqual({
      date: '2026-11-02',
      source: 'phq9-item9',
      value: 1,
      text: 'PHQ-9 item 9: 1 — Several days',
    });
    expect(phq9Signal(phq9('2026-11-02', 3))?.text).toBe('PHQ-9 item 9: 3 — Nearly every day');
  });

  it('is no signal at 0 or unanswered', () => {
    expect(phq9Signal(phq9('2026-11-02', 0))).toBeNull();
    expect(phq9Signal(phq9('2026-11-02', null))).toBeNull();
  });

  it('keeps an unfinished questionnaire, and says it is unfinished', () => {
    expect(phq9Signal(phq9('2026-11-02', 2, true))?.text).toBe(
      'PHQ-9 item 9: 2 — More than half the days (questionnaire not finished)',
    );
  });
});

describe('diary cards', () => {
  it('flags an urge to die or to self-harm of 4 or more, not 3', () => {
    expect(URGE_THRESHOLD).toBe(4);
    expect(diaryCardSignals({ date: '2026-11-03', suicidalUrge: 3, selfHarmUrge: 3 })).toEqual([]);
    expect(diaryCardSignals({ date: '2026-11-03', suicidalUrge: 4 })).toEqual([
      { date: '2026-11-03', source: 'diary-suicidal-urge', value: 4, text: 'Diary card: urge to die 4 of 5' },
    ]);
    expect(diaryCardSignals({ date: '2026-11-03', selfHarmUrge: 5 }).map((s) => s.text)).toEqual([
      'Diary card: urge to self-harm 5 of 5',
    ]);
  });

  it('flags any self-harm action, counted', () => {
    expect(diaryCardSignals({ date: '2026-11-03', selfHarmActions: 0 })).toEqual([]);
    expect(diaryCardSignals({ date: '2026-11-03', selfHarmActions: 1 }).map((s) => s.text)).toEqual(['Diary card: 1 self-harm action']);
    expect(diaryCardSignals({ date: '2026-11-03', selfHarmActions: 2 }).map((s) => s.text)).toEqual(['Diary card: 2 self-harm actions']);
  });

  it('reads cards written before the fixed rows existed as no signal', () => {
    expect(diaryCardNeedsSafetyPath({ date: '2026-11-03' })).toBe(false);
    expect(diaryCardNeedsSafetyPath({ date: '2026-11-03', selfHarmUrge: 5 })).toBe(true);
  });
});

describe('every source together', () => {
  it('lists the signals in the period by date, PHQ-9 first on the same day', () => {
    const signals = safetySignals(
      {
        phq9: [phq9('2026-11-20', 1), phq9('2026-10-31', 3), phq9('2026-11-05', 0), phq9('2026-11-10', 2, true)],
        diaryCards: [
          { date: '2026-11-20', suicidalUrge: 4, selfHarmUrge: 2, selfHarmActions: 1 },
          { date: '2026-12-01', selfHarmUrge: 5 },
          { date: '2026-11-15', suicidalUrge: 1 },
        ],
      },
      period,
    );
    expect(signals.map((s) => `${s.date} ${s.source} ${s.value}`)).toEqual([
      '2026-11-10 phq9-item9 2',
      '2026-11-20 phq9-item9 1',
      '2026-11-20 diary-suicidal-urge 4',
      '2026-11-20 diary-self-harm-action 1',
    ]);
  });

  it('counts each press of "I’m struggling" in the period, dated, after the answers of the same day', () => {
    const signals = safetySignals(
      {
        phq9: [phq9('2026-11-20', 1)],
        diaryCards: [],
        reachOuts: [
          { date: '2026-11-20', time: '21:40' },
          { date: '2026-10-01', time: '09:00' },
        ],
      },
      period,
    );
    expect(signals.map((s) => `${s.date} ${s.source}`)).toEqual(['2026-11-20 phq9-item9', '2026-11-20 struggling-button']);
    expect(signals[1]!.text).toMatch(/^Pressed “I’m struggling” at /);
  });

  it('is empty when nothing reaches a threshold', () => {
    expect(safetySignals({ phq9: [phq9('2026-11-05', 0)], diaryCards: [{ date: '2026-11-05', suicidalUrge: 3 }] }, period)).toEqual([]);
  });
});
