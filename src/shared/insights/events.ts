import type { Medication, StepType } from '../domain/medication';
import { MODALITY_LABELS, type TherapySession } from '../domain/therapy';
import { describeStep, effectiveType } from '../medication/describe';
import { recordedSteps } from '../medication/regimen';

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

/**
 * Every recorded step of every medication ("Sertraline — Increased: 100 mg at
 * 08:00"), oldest first. Unconfirmed plans are not events: they have not happened.
 */
export function medicationMarkers(meds: readonly Medication[]): Marker[] {
  return meds
    .flatMap((med) =>
      recordedSteps(med).map((step) => ({
        id: `${med.id}:${step.id}`,
        day: step.date,
        kind: KIND_OF_STEP[effectiveType(med, step)],
        label: `${med.name} — ${describeStep(step, med)}`,
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

/**
 * The events "Since the change" can centre on: every recorded medication step
 * and the first attended therapy session, none after `today` ("the change" is
 * the latest one that has happened; a plan is not a change yet).
 */
export function changeEvents(meds: readonly Medication[], sessions: readonly Session[], today?: string): Marker[] {
  const first = sessions.filter((s) => s.attended).sort((a, b) => a.date.localeCompare(b.date))[0];
  const therapyStart: Marker[] = first
    ? [{ id: 'therapy-start', day: first.date, kind: 'session', label: `Therapy started (first ${MODALITY_LABELS[first.modality]} session)` }]
    : [];
  const events = [...medicationMarkers(meds), ...therapyStart].sort(byDay);
  return today === undefined ? events : events.filter((e) => e.day <= today);
}

export const inRange = (from: string, to: string) => (m: { day: string }) => m.day >= from && m.day <= to;

function byDay(a: Marker, b: Marker): number {
  return a.day.localeCompare(b.day) || a.label.localeCompare(b.label);
}
