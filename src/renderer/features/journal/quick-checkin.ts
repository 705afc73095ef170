import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { MeasureKey } from '../../../shared/domain/checkin-measures';
import { checkCheckin } from '../../../shared/journal/validate';
import { stampNow } from '../../db/record-stamp';
import type { Repository } from '../../db/repository';

/*
 * Taps on Today's card run one after another, each starting from the check-in
 * as last saved: a mood tap and an anxiety tap a moment apart both land,
 * instead of the second overwriting the first with a copy that lacked it.
 */
let chain: Promise<unknown> = Promise.resolve();

/** Sets (or, with undefined, clears) one rating on a day's check-in, creating the check-in on the first tap. */
export function rateDay(repository: Repository, day: string, key: MeasureKey, value: number | undefined, today: string): Promise<void> {
  const run = chain.then(async (): Promise<void> => {
    const id = checkinIdFor(day);
    const existing = repository.store.get(id) as JournalCheckin | undefined;
    const now = stampNow();
    const base = existing ?? { kind: 'journal.checkin' as const, id, date: day, createdAt: now, triggers: [], coping: [], tags: [], note: '' };
    const next: Record<string, unknown> = { ...base, updatedAt: now, [key]: value };
    if (value === undefined) delete next[key];
    const checked = checkCheckin(next, today);
    // 'stored': the tap shows as soon as it is durable in IndexedDB (db/repository.ts).
    if (checked.ok) return await repository.save([checked.value], 'stored');
    // Clearing the only rating leaves nothing to keep: the day has no check-in again.
    if (existing && value === undefined) {
      await repository.remove([id]);
      return;
    }
    throw new Error(checked.message);
  });
  chain = run.catch(() => {});
  return run;
}
