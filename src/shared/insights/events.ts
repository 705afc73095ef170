import type { Medication, StepType } from '../domain/medication';
import { MODALITY_LABELS, type TherapySession } from '../domain/therapy';
import { describeStep } from '../medication/describe';
import { sortedSteps } from '../medication/regimen';

/** What a vertical marker on a chart stands for. */
export type MarkerKind = 'start' | 'dose' | 'taper' | 'stop' | 'session';

export const MARKER_KIND_LABELS: Record<MarkerKind, string> = {
  start: 'Medication start',
  dose: 'Dose change',
  taper: 'Taper step',
  stop: 'Medication stop or pause',
  session: 'Therapy session',
};

export interface Marker {
  id: string;
  day: string;
  kind: MarkerKind;
  /** What happened, in the words the medication and therapy pages use. */
  label: string;
}

const KIND_OF_STEP: Record<StepType, MarkerKind> = {
  start: 'start',
  resume: 'start',
  increase: 'dose',
  switch: 'dose',
  decrease: 'taper',
  pause: 'stop',
  stop: 'stop',
};

/** Every recorded step of every medication ("Sertraline — Increased: 100 mg at 08:00"), oldest first. */
export function medicationMarkers(meds: readonly Medication[]): Marker[] {
  return meds
    .flatMap((med) =>
      sortedSteps(med).map((step) => ({
        id: `${med.id}:${step.id}`,
        day: step.date,
        kind: KIND_OF_STEP[step.type],
        label: `${med.name} — ${describeStep(step, med.unit)}`,
      })),
    )
    .sort(byDay);
}

type Session = Pick<TherapySession, 'id' | 'date' | 'attended' | 'modality'>;

/** Sessions the user attended; planned or missed ones are not events that happened. */
export function sessionMarkers(sessions: readonly Session[]): Marker[] {
  return sessions
    .filter((s) => s.attended)
    .map((s) => ({ id: `session:${s.id}`, day: s.date, kind: 'session' as const, label: `Therapy session (${MODALITY_LABELS[s.modality]})` }))
    .sort(byDay);
}

/** The events "Since the change" can centre on: every medication step, and the first attended therapy session. */
export function changeEvents(meds: readonly Medication[], sessions: readonly Session[]): Marker[] {
  const first = sessions.filter((s) => s.attended).sort((a, b) => a.date.localeCompare(b.date))[0];
  const therapyStart: Marker[] = first
    ? [{ id: 'therapy-start', day: first.date, kind: 'session', label: `Therapy started (first ${MODALITY_LABELS[first.modality]} session)` }]
    : [];
  return [...medicationMarkers(meds), ...therapyStart].sort(byDay);
}

export const inRange = (from: string, to: string) => (m: { day: string }) => m.day >= from && m.day <= to;

function byDay(a: Marker, b: Marker): number {
  return a.day.localeCompare(b.day) || a.label.localeCompare(b.label);
}
