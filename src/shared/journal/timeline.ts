import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import { hasTag } from './tags';

/** One day of the timeline: its check-in (if any) first, then its entries, newest first. */
export interface DayGroup {
  day: string;
  checkin?: JournalCheckin;
  entries: JournalEntry[];
}

export interface TimelineFilter {
  tag?: string;
  /** Inclusive ISO days. */
  from?: string;
  to?: string;
  /** Search hits: when given, only these records are kept. */
  only?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

const newestFirst = (a: JournalEntry, b: JournalEntry) =>
  b.time.localeCompare(a.time) || b.createdAt.localeCompare(a.createdAt);

export function buildTimeline(
  checkins: readonly JournalCheckin[],
  entries: readonly JournalEntry[],
  filter: TimelineFilter = {},
): DayGroup[] {
  const keep = (r: { id: string; date: string; tags: readonly string[] }) =>
    (!filter.from || r.date >= filter.from) &&
    (!filter.to || r.date <= filter.to) &&
    (!filter.tag || hasTag(r.tags, filter.tag)) &&
    (!filter.only || filter.only.has(r.id));

  const days = new Map<string, DayGroup>();
  const groupOf = (day: string) => {
    let group = days.get(day);
    if (!group) days.set(day, (group = { day, entries: [] }));
    return group;
  };
  for (const c of checkins) if (keep(c)) groupOf(c.date).checkin = c;
  for (const e of entries) if (keep(e)) groupOf(e.date).entries.push(e);

  const groups = [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
  for (const g of groups) g.entries.sort(newestFirst);
  return groups;
}

/** Counts for the screen-reader status line. */
export function countItems(groups: readonly DayGroup[]): { entries: number; checkins: number } {
  let entries = 0;
  let checkins = 0;
  for (const g of groups) {
    entries += g.entries.length;
    if (g.checkin) checkins++;
  }
  return { entries, checkins };
}
