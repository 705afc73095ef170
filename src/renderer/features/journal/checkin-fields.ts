import { parseNumber, numberText } from '../../../shared/codec/number';
import { CHECKIN_MEASURES, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { formatTags, parseTags } from '../../../shared/journal/tags';
import type { SymptomKey } from '../../../shared/medication/discontinuation';

/** The check-in form as typed: numbers stay text until saved, so a half-typed "7." is not lost. */
export interface CheckinFields {
  day: string;
  measures: Record<MeasureKey, string>;
  triggers: string[];
  coping: string[];
  tags: string;
  note: string;
  /** Discontinuation symptoms rated 0–3; only offered during a taper or stop (DiscontinuationSymptoms). */
  symptoms: Partial<Record<SymptomKey, number>>;
}

const measuresFrom = (read: (key: MeasureKey) => string) =>
  Object.fromEntries(CHECKIN_MEASURES.map((m) => [m.key, read(m.key)])) as Record<MeasureKey, string>;

export const blankCheckin = (day: string): CheckinFields => ({
  day,
  measures: measuresFrom(() => ''),
  triggers: [],
  coping: [],
  tags: '',
  note: '',
  symptoms: {},
});

export const fieldsOf = (c: JournalCheckin): CheckinFields => ({
  day: c.date,
  measures: measuresFrom((key) => numberText(c[key])),
  triggers: [...c.triggers],
  coping: [...c.coping],
  tags: formatTags(c.tags),
  note: c.note,
  symptoms: Object.fromEntries(Object.entries(c.symptoms ?? {}).filter(([, v]) => v !== undefined)),
});

/** Unset ratings are left out of the record, so "not rated" never reads as zero. */
export function checkinFrom(f: CheckinFields, existing: JournalCheckin | undefined, now: string): unknown {
  const given = Object.fromEntries(
    CHECKIN_MEASURES.map((m) => [m.key, parseNumber(f.measures[m.key])]).filter(([, v]) => v !== undefined),
  );
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
    // Left out when nothing is rated, so a day outside a taper stores no empty list.
    ...(Object.keys(f.symptoms).length > 0 ? { symptoms: f.symptoms } : {}),
  };
}
