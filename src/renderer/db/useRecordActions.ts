import { useMemo, useState } from 'react';
import type { AnyRecord, RecordKind, RecordOf } from '../../shared/domain';
import { useOfferUndo } from '../ui/UndoProvider';
import { useVault } from './vault-context';
import type { Repository } from './repository';
import { touched } from './record-stamp';

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
    await repository.save([touched(change(current))], 'stored');
    return current;
  });
  editChain = run.catch(() => {});
  return run;
}

/**
 * The one way a feature saves, updates or deletes records. Each action is one
 * user action: a schema's message lands in `error` and nothing is written; a
 * delete (or taking something out of a record) offers Undo in the shell's one
 * toast, and Undo puts back exactly what was there.
 */
export function useRecordActions() {
  const { repository } = useVault();
  const offerUndo = useOfferUndo();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // Built once per repository, so a caller may list an action in an effect's dependencies.
  const actions = useMemo(() => {
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

    const undoWith = (message: string, previous: AnyRecord[]) =>
      offerUndo({ message, undo: () => void repository.save(previous, 'stored').catch((e: Error) => setError(e.message)) });

    // 'stored': the person sees the change once it is durable in IndexedDB, not after main's vault.json write too (db/repository.ts).
    const save = (records: AnyRecord[]) => settle(repository.save(records, 'stored'));

    const update = <K extends RecordKind>(id: string, change: (current: RecordOf<K>) => RecordOf<K>) => settle(edit(repository, id, change));

    /** Delete with Undo; false (and the reason in `error`) when nothing was deleted. */
    const remove = async (ids: string[], message: string): Promise<boolean> => {
      try {
        undoWith(message, await repository.remove(ids));
        return true;
      } catch (e) {
        setError((e as Error).message);
        return false;
      }
    };

    /** Change a record (take a step or a question out of it) with Undo back to the record as it was. */
    const replace = async <K extends RecordKind>(id: string, change: (current: RecordOf<K>) => RecordOf<K>, message: string): Promise<boolean> => {
      try {
        undoWith(message, [await edit(repository, id, change)]);
        return true;
      } catch (e) {
        setError((e as Error).message);
        return false;
      }
    };

    return { save, update, remove, replace };
  }, [repository, offerUndo]);

  return { ...actions, error, setError, busy };
}

export type RecordActions = ReturnType<typeof useRecordActions>;
