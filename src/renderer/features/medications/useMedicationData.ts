import { useMemo } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import { statusOn } from '../../../shared/medication/regimen';
import { useRecords } from '../../db/useRecords';

const byName = (a: Medication, b: Medication) => a.name.localeCompare(b.name);

/** Medications split into current (planned, active, paused) and archived (stopped), by name. */
export function useMedications(today: string) {
  const all = useRecords('med.medication');
  return useMemo(() => {
    const current = all.filter((m) => statusOn(m, today) !== 'stopped').sort(byName);
    const archived = all.filter((m) => statusOn(m, today) === 'stopped').sort(byName);
    return { all, current, archived };
  }, [all, today]);
}
