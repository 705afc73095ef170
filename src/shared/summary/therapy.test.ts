import { describe, expect, it } from 'vitest';
import type { TherapyPractice, TherapyThoughtRecord } from '../domain/therapy';
import { goal, session } from './testing';
import { therapySummary } from './therapy';

const period = { from: '2026-10-29', to: '2026-11-25' };
const stamp = { createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
const thought = (date: string) => ({ ...stamp, id: `t-${date}`, kind: 'therapy.thoughtRecord', date }) as TherapyThoughtRecord;
const practice = (date: string, minutes: number) => ({ ...stamp, id: `p-${date}`, kind: 'therapy.practice', date, what: 'Breathing', minutes, howItWent: '' }) as TherapyPractice;

const none = { sessions: [], goals: [], thoughtRecords: [], diaryCards: [], exposures: [], practice: [] };

describe('therapy summary', () => {
  it('counts sessions attended and not attended in the period', () => {
    const summary = therapySummary(
      { ...none, sessions: [session('2026-11-18'), session('2026-11-04'), session('2026-11-11', false), session('2026-10-20'), session('2026-11-25')] },
      period,
    );
    expect(summary.attended).toEqual(['2026-11-04', '2026-11-18', '2026-11-25']);
    expect(summary.notAttended).toEqual(['2026-11-11']);
    expect(summary.modalities).toEqual(['CBT']);
  });

  it('gives each goal its first and latest progress in the period and the change', () => {
    const summary = therapySummary(
      {
        ...none,
        goals: [
          goal('Walk daily', [['2026-10-01', 1], ['2026-11-01', 3], ['2026-11-20', 6]]),
          goal('Call a friend weekly', []),
          goal('Old goal', [['2026-09-01', 8]], 'achieved'),
        ],
      },
      period,
    );
    expect(summary.goals).toEqual([
      { id: 'goal-Call a friend weekly', title: 'Call a friend weekly', status: 'active', checkIns: 0, first: null, latest: null, change: null },
      {
        id: 'goal-Walk daily',
        title: 'Walk daily',
        status: 'active',
        checkIns: 2,
        first: { date: '2026-11-01', score: 3 },
        latest: { date: '2026-11-20', score: 6 },
        change: 3,
      },
    ]);
  });

  it('counts homework done in the period and the minutes practised', () => {
    const summary = therapySummary(
      {
        ...none,
        thoughtRecords: [thought('2026-11-02'), thought('2026-11-09'), thought('2026-10-01')],
        practice: [practice('2026-11-03', 15), practice('2026-11-04', 20), practice('2026-11-30', 60)],
      },
      period,
    );
    expect(summary.homework).toEqual({ thoughtRecords: 2, diaryCards: 0, exposures: 0, practice: 2, practiceMinutes: 35 });
  });
});
