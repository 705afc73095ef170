import type { TherapyExposure } from '../domain/therapy';

export interface SudsDrop {
  /** SUDS before minus SUDS after: positive when distress ended lower than it started. */
  beforeToAfter: number;
  /** SUDS at the peak minus SUDS after: how far distress came down from its highest point. */
  peakToAfter: number;
}

type SudsReadings = Pick<TherapyExposure, 'sudsBefore' | 'sudsPeak' | 'sudsAfter'>;

export function sudsDrop(exposure: SudsReadings): SudsDrop {
  return {
    beforeToAfter: exposure.sudsBefore - exposure.sudsAfter,
    peakToAfter: exposure.sudsPeak - exposure.sudsAfter,
  };
}

export interface StepDrops {
  count: number;
  averageBeforeToAfter: number;
  averagePeakToAfter: number;
}

/** Mean drops over every exposure logged for one ladder step; null when there is none. */
export function averageDropForStep(exposures: readonly TherapyExposure[], stepId: string): StepDrops | null {
  const drops = exposures.filter((e) => e.stepId === stepId).map(sudsDrop);
  if (drops.length === 0) return null;
  const mean = (pick: (d: SudsDrop) => number) => drops.reduce((sum, d) => sum + pick(d), 0) / drops.length;
  return {
    count: drops.length,
    averageBeforeToAfter: mean((d) => d.beforeToAfter),
    averagePeakToAfter: mean((d) => d.peakToAfter),
  };
}
