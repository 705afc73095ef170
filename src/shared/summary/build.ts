import type { SafetyReachOut } from '../domain/safety-reach-out';
import type { AssessmentRecord, Phq9Record } from '../domain/assessment';
import { QUESTIONNAIRE_LIST, type QuestionnaireId } from '../clinical/questionnaires';
import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { perDay } from '../journal/per-day';
import type { DoseLog, Medication, SideEffect } from '../domain/medication';
import type { TherapyAppointment } from '../domain/therapy';
import type { LocalNow } from '../medication/doses';
import { checkinSeries, measureRows, type CheckinDay, type MeasureRow } from './checkins';
import { medicationRows, type MedicationRow } from './medications';
import { ownMeasureRows, type OwnMeasureRow } from './own-measures';
import { previousPeriod, type SummaryPeriod } from './period';
import type { SafetySignal } from '../clinical/safety-signals';
import { safetyFlags, scoreRow, type ScoreRow } from './scores';
import { sideEffectRows, type SideEffectRow } from './side-effects';
import { symptomSummary, type SymptomSummary } from './symptoms';
import { therapySummary, type TherapyInput, type TherapySummary } from './therapy';
import { sharedEntries, visitQuestions, type Audience, type SharedEntry, type VisitQuestions } from './visit';

/** Each registered questionnaire's records, under its id (phq9, …). */
export type AssessmentsById = { readonly [Id in QuestionnaireId]: readonly AssessmentRecord[] } & { readonly phq9: readonly Phq9Record[] };

export interface SummaryInput extends TherapyInput, AssessmentsById {
  medications: readonly Medication[];
  doses: readonly DoseLog[];
  sideEffects: readonly SideEffect[];
  checkins: readonly JournalCheckin[];
  appointments: readonly TherapyAppointment[];
  entries: readonly JournalEntry[];
  /** Presses of "I'm struggling" (optional so older callers and tests need not pass them). */
  reachOuts?: readonly SafetyReachOut[];
  /** The person's own measures (Settings → Measures); the ticked ones are printed. Optional like reachOuts. */
  measures?: readonly JournalMeasure[];
}

export interface Summary {
  period: SummaryPeriod;
  previous: SummaryPeriod;
  /** Every safety-path signal in the period (item 9, diary-card urges and actions, "I'm struggling" presses), dated. */
  safety: SafetySignal[];
  medications: MedicationRow[];
  sideEffects: SideEffectRow[];
  /** Discontinuation symptoms (FINISH groups) when a taper or stop touches the period, else null. */
  symptoms: SymptomSummary | null;
  scores: ScoreRow[];
  measures: MeasureRow[];
  /** The own measures ticked for the summary. */
  own: OwnMeasureRow[];
  series: CheckinDay[];
  therapy: TherapySummary;
  visit: VisitQuestions;
  entries: SharedEntry[];
  /** How many single items the person left out of each section: printed as "left out by you", never as "none". */
  leftOut: LeftOut;
}

export interface LeftOut {
  sideEffects: number;
  questions: number;
  entries: number;
}

const NOTHING_LEFT_OUT: LeftOut = { sideEffects: 0, questions: 0, entries: 0 };

/** Every figure of the appointment summary, from the records alone (no clock but `now`). */
export function buildSummary(input: SummaryInput, period: SummaryPeriod, now: LocalNow, audience: Audience): Summary {
  // A day with a morning and an evening check-in counts once, as their average.
  const checkins = perDay(input.checkins);
  return {
    period,
    previous: previousPeriod(period),
    safety: safetyFlags(input.phq9, input.diaryCards, period, input.reachOuts ?? []),
    medications: medicationRows(input.medications, input.doses, period, now),
    sideEffects: sideEffectRows(input.sideEffects, input.medications, period),
    symptoms: symptomSummary(checkins, input.medications, period),
    scores: QUESTIONNAIRE_LIST.map((q) => scoreRow(q, input[q.id], period)),
    measures: measureRows(checkins, period),
    own: ownMeasureRows(checkins, input.measures ?? [], period),
    series: checkinSeries(checkins, period),
    therapy: therapySummary(input, period),
    visit: visitQuestions(input.appointments, now.day, audience),
    entries: sharedEntries(input.entries, period),
    leftOut: NOTHING_LEFT_OUT,
  };
}

/**
 * Leaves out the single items the user chose (a side effect, an entry, a
 * question). The safety flag and the figures are not items and stay.
 */
export function redact(summary: Summary, excluded: ReadonlySet<string>): Summary {
  if (excluded.size === 0) return summary;
  const kept = <T extends { key: string }>(items: readonly T[]) => items.filter((item) => !excluded.has(item.key));
  const sideEffects = kept(summary.sideEffects);
  const entries = kept(summary.entries);
  const questions = kept(summary.visit.questions);
  return {
    ...summary,
    sideEffects,
    entries,
    visit: { ...summary.visit, questions },
    leftOut: {
      sideEffects: summary.sideEffects.length - sideEffects.length,
      questions: summary.visit.questions.length - questions.length,
      entries: summary.entries.length - entries.length,
    },
  };
}
