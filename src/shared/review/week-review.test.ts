import { describe, expect, it } from 'vitest';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { TherapyAppointment, TherapyGoal } from '../domain/therapy';
import type { TherapyDiaryCard } from '../domain/therapy-diary-card';
import type { TherapyExposure, TherapyExposureStep } from '../domain/therapy-exposure';
import type { TherapyThoughtRecord } from '../domain/therapy-thought-record';
import { MAX_DIARY_TARGETS, MAX_QUESTIONS, MAX_TEXT, MAX_THOUGHT_RECORDS, inWeek, weekReview, weekStartOf, winsDayFor, type WeekReviewInput } from './week-review';

const at = '2026-11-30T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });
const checkin = (date: string, more: Partial<JournalCheckin> = {}): JournalCheckin => ({
  kind: 'journal.checkin', ...meta(`checkin-${date}`), date, triggers: [], coping: [], tags: [], note: '', ...more,
});
const thought = (date: string, n: number): TherapyThoughtRecord => ({
  kind: 'therapy.thoughtRecord', ...meta(`tr-${date}-${n}`), date, situation: `Situation ${n}`, evidenceFor: '', evidenceAgainst: '', balancedThought: '',
  moods: [{ name: 'Anxious', intensity: 80, rerated: 40 }], thoughts: [{ text: 'First', hot: false }, { text: 'They will laugh', hot: true }],
});
const empty: WeekReviewInput = { checkins: [], diaryCards: [], thoughtRecords: [], exposures: [], exposureSteps: [], goals: [], appointments: [], wins: [] };

// 2026-11-30 is a Monday; 2026-12-06 the Sunday that ends its week.
const MONDAY = '2026-11-30';

describe('the week', () => {
  it('runs Monday to Sunday, both ends included, whatever day it is asked for', () => {
    expect(weekStartOf('2026-12-06')).toBe(MONDAY);
    expect(weekStartOf('2026-12-02')).toBe(MONDAY);
    expect(weekStartOf(MONDAY)).toBe(MONDAY);
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(inWeek('2026-11-29', MONDAY)).toBe(false);
    expect(inWeek(MONDAY, MONDAY)).toBe(true);
    expect(inWeek('2026-12-06', MONDAY)).toBe(true);
    expect(inWeek('2026-12-07', MONDAY)).toBe(false);
  });

  it('crosses a month and a year end as calendar days', () => {
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekReview(empty, '2027-01-01').days).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('takes small wins as of Sunday, or today while the week runs', () => {
    expect(winsDayFor(MONDAY, '2026-12-03')).toBe('2026-12-03');
    expect(winsDayFor(MONDAY, '2026-12-20')).toBe('2026-12-06');
  });
});

describe('weekReview', () => {
  it('is empty for a week with nothing in it', () => {
    const review = weekReview({ ...empty, checkins: [checkin('2026-11-29', { mood: 5 }), checkin('2026-12-07', { mood: 5 })] }, MONDAY);
    expect(review.empty).toBe(true);
    expect(review.checkinDays).toBe(0);
    expect(review.trend.every((d) => d.mood === null)).toBe(true);
  });

  it('draws the check-in trend day by day, leaving unrated days empty rather than zero', () => {
    const review = weekReview(
      { ...empty, checkins: [checkin('2026-12-01', { mood: 6, anxiety: 3, sleepHours: 7 }), checkin('2026-12-06', { mood: 0 }), checkin('2026-11-29', { mood: 9 })] },
      MONDAY,
    );
    expect(review.trend.map((d) => d.mood)).toEqual([null, 6, null, null, null, null, 0]);
    expect(review.trend[1]).toEqual({ day: '2026-12-01', mood: 6, anxiety: 3, sleepHours: 7 });
    expect(review.checkinDays).toBe(2);
    expect(review.empty).toBe(false);
  });

  it('counts coping skills by the days they were used, most used first', () => {
    const review = weekReview(
      { ...empty, checkins: [checkin('2026-12-01', { coping: ['Walk', 'Paced breathing'] }), checkin('2026-12-02', { coping: ['Paced breathing'] })] },
      MONDAY,
    );
    expect(review.coping.items).toEqual([
      { name: 'Paced breathing', days: 2 },
      { name: 'Walk', days: 1 },
    ]);
  });

  it('keeps only the diary-card rows with something written, Monday first', () => {
    const card: TherapyDiaryCard = { kind: 'therapy.diaryCard', ...meta('therapy.diaryCard:2026-12-02'), date: '2026-12-02', misery: 3, urges: [], emotions: [], skills: [], note: '' };
    const review = weekReview({ ...empty, diaryCards: [card] }, MONDAY);
    expect(review.diary?.rows.map((r) => r.label)).toEqual(['Misery']);
    expect(review.diary?.rows[0]?.cells).toEqual([null, null, 3, null, null, null, null]);
    expect(weekReview(empty, MONDAY).diary).toBeNull();
  });

  it('keeps the first few of the person’s own targets, both rows of each, and counts the rest', () => {
    const urges = Array.from({ length: MAX_DIARY_TARGETS + 2 }, (_, i) => ({ target: `Target ${i}`, urge: 2, acted: false }));
    const card: TherapyDiaryCard = { kind: 'therapy.diaryCard', ...meta('therapy.diaryCard:2026-12-02'), date: '2026-12-02', urges, emotions: [], skills: [], note: '' };
    const diary = weekReview({ ...empty, diaryCards: [card] }, MONDAY).diary!;
    expect(diary.rows.map((r) => r.label)).toEqual(urges.slice(0, MAX_DIARY_TARGETS).flatMap((u) => [`Urge: ${u.target}`, `Acted on: ${u.target}`]));
    expect(diary.moreTargets).toBe(2);
  });

  it('lists thought records with the hot thought and re-rated moods, capped for one page with the rest counted', () => {
    const records = Array.from({ length: MAX_THOUGHT_RECORDS + 2 }, (_, i) => thought('2026-12-03', i));
    const review = weekReview({ ...empty, thoughtRecords: [...records, thought('2026-12-07', 99)] }, MONDAY);
    expect(review.thoughtRecords.items).toHaveLength(MAX_THOUGHT_RECORDS);
    expect(review.thoughtRecords.more).toBe(2);
    expect(review.thoughtRecords.items[0]).toMatchObject({ thought: 'They will laugh', moods: ['Anxious 80 → 40'] });
  });

  it('names each exposure by its ladder step', () => {
    const step: TherapyExposureStep = { kind: 'therapy.exposureStep', ...meta('step-1'), situation: 'Ride the bus two stops', expectedSuds: 60, rank: 1 };
    const exposure: TherapyExposure = {
      kind: 'therapy.exposure', ...meta('ex-1'), date: '2026-12-04', stepId: 'step-1', sudsBefore: 40, sudsPeak: 70, sudsAfter: 20, ritualResisted: true, note: '',
    };
    const review = weekReview({ ...empty, exposures: [exposure], exposureSteps: [step] }, MONDAY);
    expect(review.exposures.items).toEqual([
      { id: 'ex-1', date: '2026-12-04', step: 'Ride the bus two stops', sudsBefore: 40, sudsPeak: 70, sudsAfter: 20, ritualResisted: true },
    ]);
  });

  it('says what changed in each goal this week and leaves quiet goals out', () => {
    const goal = (id: string, more: Partial<TherapyGoal>): TherapyGoal => ({
      kind: 'therapy.goal', ...meta(id), title: id, why: '', startDate: '2026-10-01', status: 'active', checkIns: [], ...more,
    });
    const review = weekReview(
      {
        ...empty,
        goals: [
          goal('Walk daily', { checkIns: [{ id: 'a', date: '2026-12-01', score: 3, note: '' }, { id: 'b', date: '2026-12-05', score: 5, note: '' }] }),
          goal('Call a friend', { startDate: '2026-12-02' }),
          goal('Sleep', { status: 'achieved', updatedAt: '2026-12-03T12:00:00.000Z' }),
          goal('Quiet', { checkIns: [{ id: 'c', date: '2026-11-20', score: 2, note: '' }] }),
        ],
      },
      MONDAY,
    );
    expect(review.goalChanges.items).toEqual([
      { goalId: 'Call a friend', title: 'Call a friend', changes: ['Started'] },
      { goalId: 'Sleep', title: 'Sleep', changes: ['Marked Achieved'] },
      { goalId: 'Walk daily', title: 'Walk daily', changes: ['Progress 3 → 5 out of 10 (2 check-ins)'] },
    ]);
  });

  it('lists questions not yet asked on appointments from this week on, soonest first, capped', () => {
    const appointment = (id: string, date: string, questions: string[], asked = false): TherapyAppointment => ({
      kind: 'therapy.appointment', ...meta(id), date, type: 'therapy', decisions: '',
      questions: questions.map((text, i) => ({ id: `${id}-${i}`, text, asked })),
    });
    const review = weekReview(
      {
        ...empty,
        appointments: [
          appointment('later', '2026-12-10', ['Is the dose right?', 'Q2', 'Q3', 'Q4', 'Q5']),
          appointment('soon', '2026-12-03', ['Can we talk about sleep?']),
          appointment('done', '2026-12-02', ['Asked already'], true),
          appointment('past', '2026-11-20', ['From an old visit']),
        ],
      },
      MONDAY,
    );
    expect(review.openQuestions.items.map((q) => q.text)).toEqual(['Can we talk about sleep?', 'Is the dose right?', 'Q2', 'Q3', 'Q4'].slice(0, MAX_QUESTIONS));
    expect(review.openQuestions.more).toBe(1);
  });

  it('shortens a long situation to keep each item to a line or two', () => {
    const long = { ...thought('2026-12-01', 1), situation: 'word '.repeat(60) };
    const line = weekReview({ ...empty, thoughtRecords: [long] }, MONDAY).thoughtRecords.items[0]!;
    expect(line.situation.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(line.situation.endsWith('…')).toBe(true);
  });
});
