import { describe, expect, it } from 'vitest';
import { GAD7, PHQ9 } from '../clinical/questionnaires';
import type { Gad7Record, Phq9Record } from '../domain/assessment';
import { scoreReadings } from './scores';
import { measuresSummary } from './summary';

const STAMP = '2026-11-01T09:00:00.000Z';
const phq9 = (id: string, date: string, answers: (number | null)[]): Phq9Record => ({
  kind: 'assessment.phq9', id, date, answers, createdAt: STAMP, updatedAt: STAMP,
});

describe('scoreReadings', () => {
  it('gives complete totals by date and leaves incomplete takings out', () => {
    const records = [
      phq9('b', '2026-11-15', [1, 1, 1, 1, 1, 1, 1, 1, 1]),
      phq9('a', '2026-11-01', [3, 3, 2, 2, 2, 1, 1, 1, 0]),
      phq9('c', '2026-11-20', [3, 3, 3, 3, 3, 3, 3, 3, null]),
    ];
    expect(scoreReadings(PHQ9, records)).toEqual([
      { day: '2026-11-01', value: 15 },
      { day: '2026-11-15', value: 9 },
    ]);
    const gad: Gad7Record = { kind: 'assessment.gad7', id: 'g', date: '2026-11-02', answers: [2, 2, 2, 2, 2, 2, 2], createdAt: STAMP, updatedAt: STAMP };
    expect(scoreReadings(GAD7, [gad])).toEqual([{ day: '2026-11-02', value: 14 }]);
  });
});

describe('measuresSummary', () => {
  it('states each average and the days behind it in one sentence', () => {
    const mood = [
      { day: '2026-11-01', value: 4 },
      { day: '2026-11-02', value: null },
      { day: '2026-11-03', value: 7 },
    ];
    const sleep = [
      { day: '2026-11-01', value: 7.25 },
      { day: '2026-11-02', value: null },
      { day: '2026-11-03', value: null },
    ];
    const none = mood.map((p) => ({ ...p, value: null }));
    expect(
      measuresSummary(3, [
        { name: 'mood', unit: 'out of 10', daily: mood },
        { name: 'energy', unit: 'out of 10', daily: none },
        { name: 'sleep', unit: 'hours', daily: sleep },
      ]),
    ).toBe('Over 3 days, mood averaged 5.5 out of 10 on 2 days, energy not recorded and sleep averaged 7.3 hours on 1 day.');
    expect(measuresSummary(3, [{ name: 'mood', unit: 'out of 10', daily: none }])).toBe('No check-in ratings in these 3 days.');
  });
});
