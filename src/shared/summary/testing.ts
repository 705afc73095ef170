import type { Gad7Record, Phq9Record } from '../domain/assessment';
import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { SideEffect } from '../domain/medication';
import type { TherapyAppointment, TherapyGoal, TherapySession } from '../domain/therapy';

// Hand-made records for the summary's tests: short to write, valid by construction.

const STAMP = '2026-11-01T09:00:00.000Z';
const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });

export const checkin = (date: string, values: Partial<Pick<JournalCheckin, 'mood' | 'anxiety' | 'sleepHours' | 'energy'>>): JournalCheckin => ({
  ...base(`checkin-${date}`),
  kind: 'journal.checkin',
  date,
  triggers: [],
  coping: [],
  tags: [],
  note: '',
  ...values,
});

export const phq9 = (date: string, answers: (number | null)[], extra: Partial<Phq9Record> = {}): Phq9Record => ({
  ...base(`phq9-${date}`),
  kind: 'assessment.phq9',
  date,
  answers,
  ...extra,
});

export const gad7 = (date: string, answers: (number | null)[], extra: Partial<Gad7Record> = {}): Gad7Record => ({
  ...base(`gad7-${date}`),
  kind: 'assessment.gad7',
  date,
  answers,
  ...extra,
});

/** Answers that add up to `total` with item 9 set to `item9`. */
export function phq9Answers(total: number, item9 = 0): number[] {
  const answers = Array<number>(9).fill(0);
  answers[8] = item9;
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(3, left);
    left -= answers[i]!;
  }
  return answers;
}

/** A FIBSER-rated episode: frequency, intensity, burden 0–6, and maybe the day it resolved. */
export const ratedEffect = (
  date: string,
  symptom: string,
  [frequency, intensity, burden]: [number, number, number],
  resolvedOn: string | null = null,
  medicationId: string | null = 'med-1',
): SideEffect => ({
  ...base(`se-${date}-${symptom}`),
  kind: 'med.sideEffect',
  date,
  symptom,
  frequency,
  intensity,
  burden,
  resolvedOn,
  medicationId,
  note: '',
});

export const sideEffect = (date: string, symptom: string, severity: number, medicationId: string | null = 'med-1'): SideEffect => ({
  ...base(`se-${date}-${symptom}`),
  kind: 'med.sideEffect',
  date,
  symptom,
  severity,
  medicationId,
  note: '',
});

export const session = (date: string, attended = true): TherapySession => ({
  ...base(`session-${date}`),
  kind: 'therapy.session',
  date,
  modality: 'cbt',
  attended,
  notes: '',
  takeaways: '',
  homework: '',
});

export const goal = (title: string, checkIns: [string, number][], status: TherapyGoal['status'] = 'active'): TherapyGoal => ({
  ...base(`goal-${title}`),
  kind: 'therapy.goal',
  title,
  why: '',
  startDate: '2026-01-01',
  status,
  checkIns: checkIns.map(([date, score], i) => ({ id: `c${i}`, date, score, note: '' })),
});

export const appointment = (
  id: string,
  date: string,
  type: TherapyAppointment['type'],
  questions: [string, boolean][] = [],
): TherapyAppointment => ({
  ...base(id),
  kind: 'therapy.appointment',
  date,
  type,
  questions: questions.map(([text, asked], i) => ({ id: `q${i}`, text, asked })),
  decisions: '',
});

export const entry = (id: string, date: string, share: boolean, title = id, body = 'Body text'): JournalEntry => ({
  ...base(id),
  kind: 'journal.entry',
  date,
  time: '20:00',
  title,
  body,
  tags: [],
  shareWithProvider: share,
});
