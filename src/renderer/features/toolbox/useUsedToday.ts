import { useState } from 'react';
import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { usedOn, withCopingUsed } from '../../../shared/coping/used-today';
import { useLocalNow } from '../../app/clock';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { stampNow } from '../../db/record-stamp';

/** Saves run one after another, so two quick "I used this" presses each start from the check-in as last saved. */
let chain: Promise<unknown> = Promise.resolve();

/**
 * "I used this": adds a skill to today's check-in (issue 20, point 5). Reads
 * today's check-in from the store at save time, not from the last render, so
 * a check-in saved in the meantime is added to, never replaced.
 */
export function useUsedToday() {
  const { repository } = useVault();
  const now = useLocalNow();
  const today = useRecords('journal.checkin').find((c) => c.date === now.day);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const markUsed = async (name: string): Promise<void> => {
    setBusy(true);
    const run = chain.then(async () => {
      const current = repository.store.get(checkinIdFor(now.day)) as JournalCheckin | undefined;
      const next = withCopingUsed(current, now.day, name, stampNow());
      if (next) await repository.save([next]);
    });
    chain = run.catch(() => {});
    try {
      await run;
      setError('');
    } catch (e) {
      setError(`Not added to today’s check-in: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return { isUsed: (name: string) => usedOn(today, name), markUsed, busy, error };
}
