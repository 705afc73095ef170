import { describe, expect, it } from 'vitest';
import type { TherapyDiaryCard, TherapyExposure, TherapyPractice, TherapyThoughtRecord } from '../domain/therapy';
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

describe('therapy summary: a printed line for each homework form used in the period (issue 25 point 13)', () => {
  const card = (date: string, rows: Partial<TherapyDiaryCard>) =>
    ({ ...stamp, id: `therapy.diaryCard:${date}`, kind: 'therapy.diaryCard', date, urges: [], emotions: [], skills: [], note: '', ...rows }) as TherapyDiaryCard;
  const sevenColumn = (date: string, traps: TherapyThoughtRecord['traps'], rerated?: number) =>
    ({
      ...stamp,
      id: `t7-${date}`,
      kind: 'therapy.thoughtRecord',
      date,
      situation: 's',
      moods: [{ name: 'Anxious', intensity: 80, rerated }],
      thoughts: [{ text: 't', belief: 70, hot: true }],
      traps,
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: '',
    }) as TherapyThoughtRecord;
  const formatOne = { ...stamp, id: 'old', kind: 'therapy.thoughtRecord', date: '2026-11-03', situation: 's', automaticThought: 'a', emotion: 'Fear', intensityBefore: 70, intensityAfter: 50, evidenceFor: '', evidenceAgainst: '', balancedThought: '' } as TherapyThoughtRecord;
  const exposure = (date: string, ritualResisted: boolean, extra: Partial<TherapyExposure> = {}) =>
    ({ ...stamp, id: `e-${date}`, kind: 'therapy.exposure', date, stepId: 's1', sudsBefore: 50, sudsPeak: 80, sudsAfter: 30, ritualResisted, note: '', ...extra }) as TherapyExposure;

  it('prints nothing for forms not used, so nothing reads as "none"', () => {
    expect(therapySummary(none, period).homeworkLines).toEqual([]);
  });

  it('thought records: moods re-rated (format-1 records too) and the traps the person picked', () => {
    const lines = therapySummary({ ...none, thoughtRecords: [sevenColumn('2026-11-02', ['mindReading', 'labelling'], 40), sevenColumn('2026-11-09', ['mindReading']), formatOne] }, period).homeworkLines;
    expect(lines).toEqual(['Thought records: 3 · moods re-rated 2 times, average change −30 points (0–100) · thinking traps the person picked: Mind reading (2), Labelling (1)']);
  });

  it("diary cards: the highest urges with their day, actions as counts, misery, medication and skills", () => {
    const lines = therapySummary(
      {
        ...none,
        diaryCards: [
          card('2026-11-20', { suicidalUrge: 1, selfHarmUrge: 4, selfHarmActions: 1, misery: 4, medicationAsPrescribed: false, skillsRating: 3 }),
          card('2026-11-21', { suicidalUrge: 0, selfHarmUrge: 2, selfHarmActions: 0, misery: 2, medicationAsPrescribed: true, skillsRating: 6 }),
          card('2026-10-01', { suicidalUrge: 5 }),
        ],
      },
      period,
    ).homeworkLines;
    expect(lines).toEqual([
      'Diary cards: 2 · urge to die highest 1/5 (20 Nov 2026) · urge to self-harm highest 4/5 (20 Nov 2026) · self-harm 1 time · misery average 3/5 · medication as prescribed on 1 of 2 days rated · skills average 4.5/7',
    ]);
  });

  it('exposures: ritual resisted, SUDS fall from the peak, the feared outcome and rituals', () => {
    const lines = therapySummary(
      { ...none, exposures: [exposure('2026-11-05', true, { predictionLikelihood: 80, rituals: ['mentalRitual'] }), exposure('2026-11-06', false, { predictionLikelihood: 60 })] },
      period,
    ).homeworkLines;
    expect(lines).toEqual(['Exposures (ERP): 2 · ritual resisted in 1 of 2 · SUDS average fall from the peak 50 (0–100) · feared outcome felt 70 % likely on average · safety behaviours or rituals noted in 1']);
  });

  it('EMDR: TICES entries with the highest SUD, resource practice, and the belief as set in session', () => {
    const lines = therapySummary(
      {
        ...none,
        emdrLogs: [
          { ...stamp, id: 'l1', kind: 'therapy.emdrLog', date: '2026-11-10', trigger: 'horn', image: '', cognition: '', emotion: '', sensation: '', sud: 8 },
          { ...stamp, id: 'l2', kind: 'therapy.emdrLog', date: '2026-11-12', trigger: 'brakes', image: '', cognition: '', emotion: '', sensation: '', sud: 5 },
        ],
        emdrResources: [{ ...stamp, id: 'r1', kind: 'therapy.emdrResource', date: '2026-11-11', resource: 'calmPlace', sudBefore: 6, sudAfter: 2, note: '' }],
        emdrTargets: [
          { ...stamp, id: 'g0', kind: 'therapy.emdrTarget', setOn: '2026-09-01', positiveBelief: 'Older belief', voc: 2 },
          { ...stamp, id: 'g1', kind: 'therapy.emdrTarget', setOn: '2026-11-04', positiveBelief: 'I am safe now', voc: 4 },
        ],
      },
      period,
    ).homeworkLines;
    expect(lines).toEqual([
      'EMDR between sessions: TICES log 2 entries · SUD highest 8/10 (10 Nov 2026) · resource practice 1 time (calm place), SUD average 6 → 2 · positive belief as set in session on 4 Nov 2026: “I am safe now”, VOC 4/7',
    ]);
  });

  it('an old EMDR target with no EMDR in the period is not printed as current work', () => {
    const target = { ...stamp, id: 'g0', kind: 'therapy.emdrTarget' as const, setOn: '2025-01-01', positiveBelief: 'Old', voc: 2 };
    expect(therapySummary({ ...none, emdrTargets: [target] }, period).homeworkLines).toEqual([]);
  });
});
