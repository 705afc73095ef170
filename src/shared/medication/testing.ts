import type { DoseLog, Medication, RegimenStep, Schedule, StepType } from '../domain/medication';

// Builders for tests in src/shared and electron/main: short to write, valid by construction.

const STAMP = '2026-11-01T09:00:00.000Z';

export const at = (...times: string[]): Schedule => ({ kind: 'times', times });
export const asNeeded: Schedule = { kind: 'asNeeded' };

export function step(type: StepType, date: string, amount?: number, schedule?: Schedule): RegimenStep {
  return {
    id: `${type}-${date}`,
    type,
    date,
    amount: amount ?? null,
    schedule: schedule ?? null,
    reason: '',
    checkIn: '',
  };
}

export function med(steps: RegimenStep[], overrides: Partial<Medication> = {}): Medication {
  return {
    kind: 'med.medication',
    id: 'med-1',
    createdAt: STAMP,
    updatedAt: STAMP,
    name: 'Sertraline',
    class: 'SSRI',
    form: 'tablet',
    unit: 'mg',
    prescriber: '',
    reason: '',
    steps,
    supply: null,
    ...overrides,
  };
}

export function taken(date: string, time: string, medicationId = 'med-1'): DoseLog {
  return log({ date, time, medicationId, status: 'taken', takenAt: time });
}

export function skipped(date: string, time: string, medicationId = 'med-1'): DoseLog {
  return log({ date, time, medicationId, status: 'skipped', takenAt: null, reason: 'felt unwell' });
}

export function asNeededDose(date: string, amount: number, medicationId = 'med-1'): DoseLog {
  return log({ date, time: null, medicationId, status: 'taken', takenAt: '15:00', amount });
}

function log(fields: Partial<DoseLog> & Pick<DoseLog, 'date' | 'medicationId'>): DoseLog {
  return {
    kind: 'med.dose',
    id: `dose-${fields.medicationId}-${fields.date}-${fields.time ?? 'prn'}-${fields.amount ?? ''}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    time: null,
    status: 'taken',
    takenAt: null,
    amount: null,
    reason: '',
    ...fields,
  };
}
