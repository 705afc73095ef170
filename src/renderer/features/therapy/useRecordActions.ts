import { useCallback, useState } from 'react';
import type { AnyRecord, RecordKind, RecordOf } from '../../../shared/domain';
import type { Repository } from '../../db/repository';
import type { UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../vault/vault-context';

/**
 * Edits to an existing record (tick a question, add a check-in) run one after
 * another and each starts from the record as last saved, so two quick clicks
 * cannot each overwrite the other's change with a stale copy.
 */
let editChain: Promise<unknown> = Promise.resolve();

function edit<K extends RecordKind>(repository: Repository, id: string, change: (current: RecordOf<K>) => RecordOf<K>) {
  const run = editChain.then(async () => {
    const current = repository.store.get(id) as RecordOf<K> | undefined;
    if (!current) throw new Error('This item was deleted in the meantime, so the change was not saved.');
    await repository.save([{ ...change(current), updatedAt: new Date().toISOString() }]);
    return current;
  });
  editChain = run.catch(() => {});
  return run;
}

/** Save as one user action; the schema's message, if any, lands in `error` and nothing is written. */
export function useSaver() {
  const { repository } = useVault();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const settle = async (work: Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await work;
      setError('');
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = (records: AnyRecord[]) => settle(repository.save(records));
  const update = <K extends RecordKind>(id: string, change: (current: RecordOf<K>) => RecordOf<K>) => settle(edit(repository, id, change));

  return { save, update, error, setError, busy };
}

/** Delete, or take something out of a record, with an Undo offer that puts back exactly what was there. */
export function useUndoable() {
  const { repository } = useVault();
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [error, setError] = useState('');
  const closeOffer = useCallback(() => setOffer(null), []);

  const undoWith = (message: string, previous: AnyRecord[]) =>
    setOffer({ message, undo: () => void repository.save(previous).catch((e: Error) => setError(e.message)) });

  const remove = async (ids: string[], message: string) => {
    try {
      undoWith(message, await repository.remove(ids));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const replace = async <K extends RecordKind>(id: string, change: (current: RecordOf<K>) => RecordOf<K>, message: string) => {
    try {
      undoWith(message, [await edit(repository, id, change)]);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return { remove, replace, offer, closeOffer, error, setError };
}
