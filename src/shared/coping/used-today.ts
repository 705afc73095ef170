import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';

/** The names the toolbox's own tools go into a check-in under. */
export const PACED_BREATHING = 'Paced breathing';
export const GROUNDING_54321 = '5-4-3-2-1 grounding';

/** A check-in holds at most this many coping skills (its schema's limit). */
export const COPING_LIST_MAX = 30;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * "I used this": today's check-in with `name` added to its coping skills.
 * Creates the day's check-in when there is none (nothing else filled in, so
 * no rating is invented), and never lists a skill twice, whatever its case.
 * Returns null when there is nothing to save: already listed, or the list is full.
 */
export function withCopingUsed(existing: JournalCheckin | undefined, day: string, name: string, nowIso: string): JournalCheckin | null {
  const skill = name.trim();
  if (existing) {
    if (existing.coping.some((c) => same(c, skill)) || existing.coping.length >= COPING_LIST_MAX) return null;
    return { ...existing, coping: [...existing.coping, skill], updatedAt: nowIso };
  }
  return { kind: 'journal.checkin', id: checkinIdFor(day), date: day, createdAt: nowIso, updatedAt: nowIso, triggers: [], coping: [skill], tags: [], note: '' };
}

/** Whether today's check-in already lists the skill. */
export const usedOn = (checkin: JournalCheckin | undefined, name: string): boolean => Boolean(checkin?.coping.some((c) => same(c, name)));
