import { MEASURE_KEYS } from '../domain/checkin-measures';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import type { OwnValue } from '../domain/own-measure';

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Yes/no over a day with two check-ins: yes if either said yes (the person did exercise that day). */
function combine(values: readonly OwnValue[]): OwnValue {
  if (values.every((v) => typeof v === 'boolean')) return values.some(Boolean);
  return mean(values.filter((v): v is number => typeof v === 'number'));
}

function merge(day: readonly JournalCheckin[]): JournalCheckin {
  const [first] = day;
  const merged: JournalCheckin = {
    ...first!,
    id: checkinIdFor(first!.date),
    triggers: [...new Set(day.flatMap((c) => c.triggers))],
    coping: [...new Set(day.flatMap((c) => c.coping))],
    tags: [...new Set(day.flatMap((c) => c.tags))],
    note: day.map((c) => c.note).filter(Boolean).join('\n'),
    updatedAt: day.map((c) => c.updatedAt).reduce((a, b) => (a > b ? a : b)),
  };
  delete merged.part;
  for (const key of MEASURE_KEYS) {
    const given = day.map((c) => c[key]).filter((v): v is number => v !== undefined);
    if (given.length > 0) merged[key] = mean(given);
    else delete merged[key];
  }
  const ids = [...new Set(day.flatMap((c) => Object.keys(c.custom ?? {})))];
  if (ids.length > 0) {
    merged.custom = Object.fromEntries(
      ids.map((id) => [id, combine(day.flatMap((c) => (c.custom?.[id] === undefined ? [] : [c.custom[id]!])))]),
    );
  } else delete merged.custom;
  return merged;
}

/**
 * One check-in per day for charts and the summary: a day with a morning and an
 * evening check-in (or an old daily one beside them) becomes their average,
 * so a day counts once however often the person checked in. Days with a
 * single check-in pass through unchanged (same object).
 */
export function perDay(checkins: readonly JournalCheckin[]): JournalCheckin[] {
  const byDay = new Map<string, JournalCheckin[]>();
  for (const c of checkins) {
    const list = byDay.get(c.date);
    if (list) list.push(c);
    else byDay.set(c.date, [c]);
  }
  if (byDay.size === checkins.length) return [...checkins];
  return [...byDay.values()].map((day) => (day.length === 1 ? day[0]! : merge(day)));
}
