import type { Dispatch, SetStateAction } from 'react';

/*
 * Forms that empty themselves after a save await the repository first, and the
 * person may already be typing the next record by then. Emptying every field
 * when the save settles would throw that typing away (a flake seen in the
 * ladder and side-effect journeys, and a real loss for a quick typist). So a
 * form empties only the fields that still hold what was saved: anything that
 * changed while the save was in flight belongs to the next record and stays.
 */

/** Empties one field if it still holds the saved value. */
export function clearIfSaved<T>(set: Dispatch<SetStateAction<T>>, saved: T, blank: T): void {
  set((current) => (Object.is(current, saved) ? blank : current));
}

/** Field by field: the blank form, plus every field that changed since the save (a field the saved copy lacks counts as changed only if set). */
export function keepTypedSince<T extends object>(current: T, saved: T, blank: T): T {
  const next = { ...blank };
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (!sameValue(current[key], saved[key])) next[key] = current[key];
  }
  return next;
}

/** The object form of clearIfSaved, for forms that keep their fields in one state object. */
export function clearSavedFields<T extends object>(set: Dispatch<SetStateAction<T>>, saved: T, blank: T): void {
  set((current) => keepTypedSince(current, saved, blank));
}

// Chips and lists are arrays, replaced on each change: compare their items, not their identity.
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}
