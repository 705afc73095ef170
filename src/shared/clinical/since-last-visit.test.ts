import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../domain/assessment';
import type { SideEffect } from '../domain/medication';
import type { TherapyAppointment } from '../domain/therapy';
import { at, med, step } from '../medication/testing';
import { sinceLastVisit, type SinceLastVisitInput } from './since-last-visit';

const STAMP = '2026-11-01T09:00:00.000Z';
const TODAY = '2026-12-06';

const visit = (date: string): TherapyAppointment => ({
  kind: 'therapy.appointment',
  id: `visit-${date}`,
  createdAt: STAMP,
  updatedAt: STAMP,
  date,
  type: 'medication',
  questions: [],
  decisions: '',
});
const effect = (symptom: string, date: string, resolvedOn: string | null = null): SideEffect => ({
  kind: 'med.sideEffect',
  id: `se-${symptom}`,
  createdAt: STAMP,
  updatedAt: STAMP,
  date,
  symptom,
  resolvedOn,
  medicationId: null,
  note: '',
});
const phq9 = (date: string, answers: (number | null)[], draft?: true): AssessmentRecord => ({
  kind: 'assessment.phq9',
  id: `phq9-${date}`,
  createdAt: STAMP,
  updatedAt: STAMP,
  date,
  answers,
  ...(draft ? { draft } : {}),
});

const empty: SinceLastVisitInput = { appointments: [], medications: [], sideEffects: [], assessments: [] };

describe('sinceLastVisit', () => {
  it('is null before any visit has passed (an upcoming one does not count)', () => {
    expect(sinceLastVisit({ ...empty, appointments: [visit('2026-12-10')] }, TODAY)).toBeNull();
  });

  it('measures from the latest past visit, its own day included, and leaves today’s visit for next time', () => {
    const result = sinceLastVisit({ ...empty, appointments: [visit('2026-10-01'), visit('2026-11-20'), visit(TODAY)] }, TODAY);
    expect(result?.visit).toBe('2026-11-20');
  });

  it('lists the dose changes since then, leaving out older steps and unconfirmed plans', () => {
    const sertraline = med([
      step('start', '2026-09-01', 50, at('08:00')),
      step('increase', '2026-11-20', 100, at('08:00')),
      { ...step('decrease', '2026-12-01', 50, at('08:00')), planned: true },
    ]);
    const result = sinceLastVisit({ ...empty, appointments: [visit('2026-11-20')], medications: [sertraline] }, TODAY);
    expect(result?.doseChanges).toEqual([{ medication: 'Sertraline', date: '2026-11-20', text: 'Increased: 100 mg at 08:00' }]);
  });

  it('lists side effects that began since the visit, with their resolved day', () => {
    const result = sinceLastVisit(
      { ...empty, appointments: [visit('2026-11-20')], sideEffects: [effect('Nausea', '2026-11-25', '2026-11-30'), effect('Headache', '2026-11-10')] },
      TODAY,
    );
    expect(result?.newSideEffects).toEqual([{ symptom: 'Nausea', date: '2026-11-25', resolvedOn: '2026-11-30' }]);
  });

  it('gives finished questionnaires their total and band; drafts and incomplete ones have no score', () => {
    const result = sinceLastVisit(
      {
        ...empty,
        appointments: [visit('2026-11-20')],
        assessments: [
          phq9('2026-12-01', [2, 2, 2, 1, 1, 1, 1, 1, 0]),
          phq9('2026-12-02', [2, 2, 2, 1, 1, 1, 1, 1, null]),
          phq9('2026-12-03', [3, 3, 3, 3, 3, 3, 3, 3, 0], true),
          phq9('2026-11-01', [3, 3, 3, 3, 3, 3, 3, 3, 0]),
        ],
      },
      TODAY,
    );
    expect(result?.scores).toEqual([{ questionnaire: 'PHQ-9', date: '2026-12-01', total: 11, band: 'moderate' }]);
  });
});
