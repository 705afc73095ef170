import { expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared/domain';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { rateDay } from './quick-checkin';

const DAY = '2026-12-06';

/** Saves settle later, as on a busy machine: a second tap arrives before the first is stored. */
function slowRepository() {
  const store = new RecordStore();
  const save = (records: AnyRecord[]) => new Promise<void>((resolve) => setTimeout(() => (store.apply(records, []), resolve()), 20));
  const remove = async (ids: string[]) => {
    const gone = ids.map((id) => store.get(id)).filter((r): r is AnyRecord => r !== undefined);
    store.apply([], ids);
    return gone;
  };
  return { store, save, remove } as unknown as Repository;
}

it('two quick taps both land in the one check-in of the day', async () => {
  const repository = slowRepository();
  await Promise.all([rateDay(repository, DAY, 'mood', 7, DAY), rateDay(repository, DAY, 'anxiety', 3, DAY)]);
  expect(repository.store.ofKind('journal.checkin').map((c) => [c.id, c.mood, c.anxiety])).toEqual([[`checkin-${DAY}`, 7, 3]]);
});

it('clearing the only rating leaves the day without a check-in; a future day is refused', async () => {
  const repository = slowRepository();
  await rateDay(repository, DAY, 'mood', 5, DAY);
  await rateDay(repository, DAY, 'mood', undefined, DAY);
  expect(repository.store.ofKind('journal.checkin')).toEqual([]);
  await expect(rateDay(repository, '2026-12-07', 'mood', 5, DAY)).rejects.toThrow(/future/);
});
