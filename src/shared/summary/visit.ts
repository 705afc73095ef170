import type { JournalEntry } from '../domain/journal';
import type { AppointmentType, TherapyAppointment } from '../domain/therapy';
import { nextAppointment, openQuestions } from '../therapy/next-appointment';
import { within, type SummaryPeriod } from './period';

export type Audience = 'prescriber' | 'therapist';

export interface QuestionLine {
  key: string;
  text: string;
}

export interface VisitQuestions {
  appointment: { date: string; time: string | null; type: AppointmentType } | null;
  questions: QuestionLine[];
}

export interface SharedEntry {
  key: string;
  date: string;
  time: string;
  title: string;
  mood: number | null;
  tags: string[];
  body: string;
}

const AUDIENCE_TYPES: Record<Audience, readonly AppointmentType[]> = {
  prescriber: ['medication', 'gp', 'assessment'],
  therapist: ['therapy'],
};

/**
 * The questions not yet asked for the coming visit: the next appointment of the
 * audience's kind, else the next appointment of any kind.
 */
export function visitQuestions(appointments: readonly TherapyAppointment[], today: string, audience: Audience): VisitQuestions {
  const next =
    nextAppointment(
      appointments.filter((a) => AUDIENCE_TYPES[audience].includes(a.type)),
      today,
    ) ?? nextAppointment(appointments, today);
  if (!next) return { appointment: null, questions: [] };
  return {
    appointment: { date: next.date, time: next.time ?? null, type: next.type },
    questions: openQuestions(next).map((q) => ({ key: `question:${next.id}:${q.id}`, text: q.text })),
  };
}

/** Only entries the user marked "share with my provider", in the period, oldest first. */
export function sharedEntries(entries: readonly JournalEntry[], period: SummaryPeriod): SharedEntry[] {
  return entries
    .filter((e) => e.shareWithProvider)
    .filter(within(period))
    .sort((a, b) => `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`))
    .map((e) => ({
      key: `entry:${e.id}`,
      date: e.date,
      time: e.time,
      title: e.title.trim(),
      mood: e.mood ?? null,
      tags: [...e.tags],
      body: e.body,
    }));
}
