/** Starters for the user's own lists; whatever they add grows the list from then on. */
export const STARTER_TRIGGERS = ['work stress', 'conflict', 'poor sleep'] as const;
export const STARTER_COPING = ['breathing', 'walk', 'called a friend', 'thought record'] as const;

/**
 * The choices to offer: the starters, then everything the user has used,
 * most used first. Derived from the check-ins themselves, so the list grows
 * without a separate record to keep in step.
 */
export function growingList(starters: readonly string[], used: Iterable<readonly string[]>): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const items of used) {
    for (const name of items) {
      const key = name.toLowerCase();
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { name, count: 1 });
    }
  }
  const starterKeys = new Set(starters.map((s) => s.toLowerCase()));
  const extra = [...counts.entries()]
    .filter(([key]) => !starterKeys.has(key))
    .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
    .map(([, v]) => v.name);
  return [...starters, ...extra];
}
