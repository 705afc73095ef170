/**
 * Lists promised never to change after they are handed out. The renderer's
 * record store marks each list of one kind it gives out (a change builds a new
 * list), so model code may keep work derived from a marked list for as long as
 * the list lives (see indexLogs in medication/doses.ts). An unmarked array may
 * be changed in place by its owner, so nothing is kept for it.
 */
const stable = new WeakSet<object>();

export function markStable<T extends object>(list: T): T {
  stable.add(list);
  return list;
}

export const isStable = (list: object): boolean => stable.has(list);
