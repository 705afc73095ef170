import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import { mean } from './series';

export type TagKind = 'tag' | 'trigger';

export interface TagRow {
  label: string;
  kind: TagKind;
  /** Days in the period on which it appeared (in a check-in, or for tags also in a journal entry). */
  days: number;
  /** Average check-in mood on days with it, and how many such days had a mood. */
  moodWith: number | null;
  nWith: number;
  /** Average check-in mood on the other days of the period that had a mood. */
  moodWithout: number | null;
  nWithout: number;
}

type Checkin = Pick<JournalCheckin, 'date' | 'mood' | 'tags' | 'triggers'>;
type Entry = Pick<JournalEntry, 'date' | 'tags'>;

/**
 * How often each tag and trigger appeared and the average mood on days with
 * and without it. Spelling is matched without regard to case (the first
 * spelling seen is shown). A day's mood is that day's check-in mood.
 */
export function tagMoodTable(checkins: readonly Checkin[], entries: readonly Entry[], from: string, to: string): TagRow[] {
  const inPeriod = (d: { date: string }) => d.date >= from && d.date <= to;
  const moodByDay = new Map<string, number>();
  const found = new Map<string, { label: string; kind: TagKind; days: Set<string> }>();
  const note = (kind: TagKind, label: string, day: string) => {
    const key = `${kind}:${label.toLowerCase()}`;
    const row = found.get(key) ?? { label, kind, days: new Set<string>() };
    row.days.add(day);
    found.set(key, row);
  };
  for (const c of checkins.filter(inPeriod)) {
    if (c.mood !== undefined) moodByDay.set(c.date, c.mood);
    c.tags.forEach((t) => note('tag', t, c.date));
    c.triggers.forEach((t) => note('trigger', t, c.date));
  }
  for (const e of entries.filter(inPeriod)) e.tags.forEach((t) => note('tag', t, e.date));

  const moodDays = [...moodByDay.entries()];
  return [...found.values()]
    .map(({ label, kind, days }) => {
      const withIt = moodDays.filter(([day]) => days.has(day)).map(([, m]) => m);
      const without = moodDays.filter(([day]) => !days.has(day)).map(([, m]) => m);
      return {
        label,
        kind,
        days: days.size,
        moodWith: mean(withIt),
        nWith: withIt.length,
        moodWithout: mean(without),
        nWithout: without.length,
      };
    })
    .sort((a, b) => b.days - a.days || a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
}
