import { describe, expect, it } from 'vitest';
import { at, med, step, taken } from '../medication/testing';
import { buildSummary, redact, type SummaryInput } from './build';
import { appointment, entry, phq9, phq9Answers, sideEffect } from './testing';

const input: SummaryInput = {
  medications: [med([step('start', '2026-10-01', 50, at('08:00'))])],
  doses: [taken('2026-11-24', '08:00')],
  sideEffects: [sideEffect('2026-11-12', 'Nausea', 2), sideEffect('2026-11-13', 'Headache', 1)],
  phq9: [phq9('2026-11-20', phq9Answers(10, 1))],
  gad7: [],
  checkins: [],
  sessions: [],
  goals: [],
  thoughtRecords: [],
  diaryCards: [],
  exposures: [],
  practice: [],
  appointments: [appointment('a', '2026-12-01', 'medication', [['First?', false], ['Second?', false]])],
  entries: [entry('e1', '2026-11-10', true), entry('e2', '2026-11-11', true)],
};
const period = { from: '2026-11-11', to: '2026-11-25' };

describe('buildSummary', () => {
  it('puts every section together for the period, with the previous period of equal length', () => {
    const summary = buildSummary(input, period, { day: '2026-11-25', time: '10:00' }, 'prescriber');
    expect(summary.previous).toEqual({ from: '2026-10-27', to: '2026-11-10' });
    expect(summary.safety).toHaveLength(1);
    expect(summary.medications[0]?.adherence).toMatchObject({ scheduled: 15, taken: 1, notLogged: 13, pending: 1 });
    expect(summary.scores.map((s) => s.instrument)).toEqual(['PHQ-9', 'GAD-7']);
    expect(summary.entries.map((e) => e.key)).toEqual(['entry:e2']);
    expect(summary.visit.questions).toHaveLength(2);
  });

  it('redacts single side effects, entries and questions, never the safety flag', () => {
    const summary = buildSummary({ ...input, entries: [entry('e2', '2026-11-11', true), entry('e3', '2026-11-12', true)] }, period, { day: '2026-11-25', time: '10:00' }, 'prescriber');
    const excluded = new Set([summary.sideEffects[0]!.key, 'entry:e2', summary.visit.questions[1]!.key]);
    const shown = redact(summary, excluded);
    expect(shown.sideEffects.map((s) => s.symptom)).toEqual(['Nausea']);
    expect(shown.entries.map((e) => e.key)).toEqual(['entry:e3']);
    expect(shown.visit.questions.map((q) => q.text)).toEqual(['First?']);
    expect(shown.safety).toEqual(summary.safety);
  });

  it('counts what the person left out of each section, so the page can say so instead of "none"', () => {
    const summary = buildSummary(input, period, { day: '2026-11-25', time: '10:00' }, 'prescriber');
    expect(summary.leftOut).toEqual({ sideEffects: 0, questions: 0, entries: 0 });
    const shown = redact(summary, new Set([...summary.sideEffects.map((s) => s.key), summary.visit.questions[0]!.key]));
    expect(shown.sideEffects).toEqual([]);
    expect(shown.leftOut).toEqual({ sideEffects: 2, questions: 1, entries: 0 });
  });

  it('feeds the dated flag from item 9 and from diary-card urges and actions', () => {
    const diaryCards = [
      { ...input.diaryCards[0], id: 'therapy.diaryCard:2026-11-15', kind: 'therapy.diaryCard', date: '2026-11-15', createdAt: '2026-11-15T20:00:00.000Z', updatedAt: '2026-11-15T20:00:00.000Z', urges: [], emotions: [], skills: [], note: '', selfHarmUrge: 5, selfHarmActions: 1 },
    ] as unknown as SummaryInput['diaryCards'];
    const summary = buildSummary({ ...input, diaryCards }, period, { day: '2026-11-25', time: '10:00' }, 'prescriber');
    expect(summary.safety.map((s) => `${s.date}: ${s.text}`)).toEqual([
      '2026-11-15: Diary card: urge to self-harm 5 of 5',
      '2026-11-15: Diary card: 1 self-harm action',
      '2026-11-20: PHQ-9 item 9: 1 — Several days',
    ]);
  });
});
