import { describe, expect, it } from 'vitest';
import { appointment, entry } from './testing';
import { sharedEntries, visitQuestions } from './visit';

const appointments = [
  appointment('past', '2026-11-10', 'medication', [['Old question', false]]),
  appointment('therapy', '2026-11-27', 'therapy', [['Can we work on sleep?', false]]),
  appointment('review', '2026-12-02', 'medication', [
    ['Is the nausea expected to pass?', false],
    ['Already asked', true],
    ['Can I take it in the evening?', false],
  ]),
];

describe('questions for this visit', () => {
  it('takes the open questions of the next appointment of the audience’s kind', () => {
    const visit = visitQuestions(appointments, '2026-11-25', 'prescriber');
    expect(visit.appointment).toEqual({ date: '2026-12-02', time: null, type: 'medication' });
    expect(visit.questions.map((q) => q.text)).toEqual(['Is the nausea expected to pass?', 'Can I take it in the evening?']);
    expect(visitQuestions(appointments, '2026-11-25', 'therapist').questions.map((q) => q.text)).toEqual(['Can we work on sleep?']);
  });

  it('falls back to the next appointment of any kind, and to none', () => {
    expect(visitQuestions(appointments.slice(0, 2), '2026-11-25', 'prescriber').appointment?.type).toBe('therapy');
    expect(visitQuestions(appointments.slice(0, 1), '2026-11-25', 'prescriber')).toEqual({ appointment: null, questions: [] });
  });
});

describe('shared journal entries', () => {
  it('keeps only entries marked to share, in the period, oldest first', () => {
    const entries = [
      entry('shared-late', '2026-11-20', true),
      entry('private', '2026-11-15', false),
      entry('shared-early', '2026-11-05', true),
      entry('shared-outside', '2026-10-01', true),
    ];
    expect(sharedEntries(entries, { from: '2026-10-29', to: '2026-11-25' }).map((e) => e.key)).toEqual(['entry:shared-early', 'entry:shared-late']);
  });
});
