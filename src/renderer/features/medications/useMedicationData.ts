import { useCallback, useMemo, useState } from 'react';
import type { AnyRecord } from '../../../shared/domain';
import type { Medication } from '../../../shared/domain/medication';
import { statusOn } from '../../../shared/medication/regimen';
import { useRecords } from '../../db/useRecords';
import type { UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../vault/vault-context';

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

/** Saves one user action; a refused record leaves its message in `error` and nothing is written. */
export function useSave() {
  const { repository } = useVault();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const save = useCallback(
    async (records: AnyRecord[]): Promise<boolean> => {
      setBusy(true);
      try {
        await repository.save(records);
        setError('');
        return true;
      } catch (e) {
        setError((e as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [repository],
  );
  return { save, error, setError, busy };
}

/** Removal with an Undo that puts back exactly what was removed. */
export function useRemove() {
  const { repository } = useVault();
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [error, setError] = useState('');
  const closeOffer = useCallback(() => setOffer(null), []);
  const remove = useCallback(
    async (ids: string[], message: string) => {
      try {
        const removed = await repository.remove(ids);
        setOffer({ message, undo: () => void repository.save(removed).catch((e: Error) => setError(e.message)) });
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [repository],
  );
  return { remove, offer, closeOffer, error };
}
