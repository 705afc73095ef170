import type { Medication, RegimenStep, SideEffect } from '../domain/medication';
import { daysBetween } from './days';
import { recordedSteps } from './regimen';

export interface DoseChangeContext {
  medication: Medication;
  step: RegimenStep;
  /** Days from that change to the side effect (0 = same day). */
  daysAfter: number;
}

/**
 * The most recent recorded change on or before a side effect's date: of the
 * linked medication, or of any medication when none is linked. This is a
 * timing fact to discuss with a prescriber, not a claim about the cause.
 */
export function latestChangeBefore(effect: Pick<SideEffect, 'date' | 'medicationId'>, meds: readonly Medication[]): DoseChangeContext | null {
  const candidates = effect.medicationId ? meds.filter((m) => m.id === effect.medicationId) : meds;
  let best: DoseChangeContext | null = null;
  for (const medication of candidates) {
    for (const step of recordedSteps(medication)) {
      if (step.date > effect.date) break;
      if (!best || step.date > best.step.date) {
        best = { medication, step, daysAfter: daysBetween(step.date, effect.date) };
      }
    }
  }
  return best;
}
