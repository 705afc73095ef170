import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { formatTags, parseTags } from '../../../shared/journal/tags';
import { numberOrUnset } from '../../../shared/journal/validate';

/** The check-in form as typed: numbers stay text until saved, so a half-typed "7." is not lost. */
export interface CheckinFields {
  day: string;
  mood: string;
  anxiety: string;
  energy: string;
  irritability: string;
  sleepHours: string;
  sleepQuality: string;
  triggers: string[];
  coping: string[];
  tags: string;
  note: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export const blankCheckin = (day: string): CheckinFields => ({
  day,
  mood: '',
  anxiety: '',
  energy: '',
  irritability: '',
  sleepHours: '',
  sleepQuality: '',
  triggers: [],
  coping: [],
  tags: '',
  note: '',
});

export const fieldsOf = (c: JournalCheckin): CheckinFields => ({
  day: c.date,
  mood: text(c.mood),
  anxiety: text(c.anxiety),
  energy: text(c.energy),
  irritability: text(c.irritability),
  sleepHours: text(c.sleepHours),
  sleepQuality: text(c.sleepQuality),
  triggers: [...c.triggers],
  coping: [...c.coping],
  tags: formatTags(c.tags),
  note: c.note,
});

/** Unset ratings are left out of the record, so "not rated" never reads as zero. */
export function checkinFrom(f: CheckinFields, existing: JournalCheckin | undefined, now: string): unknown {
  const numbers = {
    mood: numberOrUnset(f.mood),
    anxiety: numberOrUnset(f.anxiety),
    energy: numberOrUnset(f.energy),
    irritability: numberOrUnset(f.irritability),
    sleepHours: numberOrUnset(f.sleepHours),
    sleepQuality: numberOrUnset(f.sleepQuality),
  };
  const given = Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined));
  return {
    kind: 'journal.checkin',
    id: checkinIdFor(f.day),
    date: f.day,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...given,
    triggers: f.triggers,
    coping: f.coping,
    tags: parseTags(f.tags),
    note: f.note.trim(),
  };
}
