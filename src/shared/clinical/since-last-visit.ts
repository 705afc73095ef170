import type { AssessmentRecord } from '../domain/assessment';
import type { Medication, SideEffect } from '../domain/medication';
import type { TherapyAppointment } from '../domain/therapy';
import { describeStep } from '../medication/describe';
import { isPlanned } from '../medication/regimen';
import { questionnaireOfKind } from './questionnaires';
import { scoreAnswers } from './scoring';

export interface SinceLastVisitInput {
  appointments: readonly TherapyAppointment[];
  medications: readonly Medication[];
  sideEffects: readonly SideEffect[];
  assessments: readonly AssessmentRecord[];
}

export interface DoseChange {
  medication: string;
  date: string;
  /** As the regimen timeline words it: "Increased: 20 mg at 08:00". */
  text: string;
}

export interface NewSideEffect {
  symptom: string;
  date: string;
  resolvedOn: string | null;
}

export interface ScoreSince {
  questionnaire: string;
  date: string;
  total: number;
  band: string;
}

export interface SinceLastVisit {
  /** The day of the last appointment before today. */
  visit: string;
  doseChanges: DoseChange[];
  newSideEffects: NewSideEffect[];
  scores: ScoreSince[];
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/**
 * What changed since the last visit, for Today and the visit ahead: the dose
 * changes that happened (plans nobody confirmed are not changes yet), side
 * effects that began, and the questionnaires finished (complete totals only;
 * an unfinished one has no score). "Since" includes the visit's own day: a dose
 * changed at the visit is news for the next one. Null when no visit has passed.
 */
export function sinceLastVisit(input: SinceLastVisitInput, today: string): SinceLastVisit | null {
  const visit = input.appointments
    .map((a) => a.date)
    .filter((d) => d < today)
    .sort()
    .at(-1);
  if (!visit) return null;
  const inWindow = (day: string) => day >= visit && day <= today;

  const doseChanges = input.medications
    .flatMap((med) =>
      med.steps.filter((s) => !isPlanned(s) && inWindow(s.date)).map((s) => ({ medication: med.name, date: s.date, text: describeStep(s, med) })),
    )
    .sort(byDate);

  const newSideEffects = input.sideEffects
    .filter((e) => inWindow(e.date))
    .map((e) => ({ symptom: e.symptom, date: e.date, resolvedOn: e.resolvedOn ?? null }))
    .sort(byDate);

  const scores = input.assessments
    .filter((a) => !a.draft && inWindow(a.date))
    .flatMap((a) => {
      const q = questionnaireOfKind(a.kind);
      if (!q) return [];
      const score = scoreAnswers(q, a.answers);
      return score.complete ? [{ questionnaire: q.name, date: a.date, total: score.total, band: score.band.label }] : [];
    })
    .sort(byDate);

  return { visit, doseChanges, newSideEffects, scores };
}
