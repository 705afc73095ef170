import type { DoseLog, Medication, RegimenStep, SkipReason } from '../../../shared/domain/medication';
import { requiredNumber } from '../../../shared/codec/number';
import { newId, stampNow as stamp } from '../../db/record-stamp';

export { stamp };

/** A medication with one more dated step; earlier steps are carried over untouched. */
export function withStep(med: Medication, step: Omit<RegimenStep, 'id'>): Medication {
  return { ...med, steps: [...med.steps, { ...step, id: newId() }], updatedAt: stamp() };
}

/** A plan confirmed as it was planned: from now on it is history (CLINICAL.md). */
export function confirmStep(med: Medication, stepId: string): Medication {
  return { ...med, steps: med.steps.map((s) => (s.id === stepId ? { ...s, planned: false } : s)), updatedAt: stamp() };
}

/** A plan that happened differently: the plan gives way to what was taken, recorded as history. */
export function replaceStep(med: Medication, stepId: string, actual: Omit<RegimenStep, 'id'>): Medication {
  return { ...med, steps: [...med.steps.filter((s) => s.id !== stepId), { ...actual, id: newId() }], updatedAt: stamp() };
}

export function withoutStep(med: Medication, stepId: string): Medication {
  return { ...med, steps: med.steps.filter((s) => s.id !== stepId), updatedAt: stamp() };
}

/**
 * One record per scheduled dose: the id comes from the slot, so logging the
 * same dose again (taken after a skip) replaces the earlier answer.
 */
export function scheduledDoseLog(
  medicationId: string,
  day: string,
  time: string,
  answer: { status: 'taken'; takenAt: string } | { status: 'skipped'; skipReason: SkipReason; reason: string },
  previous?: DoseLog | null,
): DoseLog {
  const now = stamp();
  return {
    kind: 'med.dose',
    id: `dose:${medicationId}:${day}:${time}`,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    date: day,
    medicationId,
    time,
    status: answer.status,
    takenAt: answer.status === 'taken' ? answer.takenAt : null,
    amount: null,
    reason: answer.status === 'skipped' ? answer.reason.trim() : '',
    ...(answer.status === 'skipped' ? { skipReason: answer.skipReason } : {}),
  };
}

export function asNeededDoseLog(medicationId: string, day: string, takenAt: string, amount: number, reason: string): DoseLog {
  const now = stamp();
  return {
    kind: 'med.dose',
    id: newId(),
    createdAt: now,
    updatedAt: now,
    date: day,
    medicationId,
    time: null,
    status: 'taken',
    takenAt,
    amount,
    reason: reason.trim(),
  };
}

/** An amount field through the app's one number codec; blank is NaN here, since an amount is always required ("Enter a dose as a number"). */
export const parseAmount = requiredNumber;

/** A medication with several more dated steps (a taper or titration plan); earlier steps are carried over untouched. */
export function withSteps(med: Medication, steps: readonly Omit<RegimenStep, 'id'>[]): Medication {
  return { ...med, steps: [...med.steps, ...steps.map((s) => ({ ...s, id: newId() }))], updatedAt: stamp() };
}
