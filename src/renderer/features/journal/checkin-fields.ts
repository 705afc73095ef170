import { parseNumber, numberText } from '../../../shared/codec/number';
import { CHECKIN_MEASURES, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { checkinIdFor, CHECKIN_PARTS, type CheckinPart, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalMeasure, OwnValue } from '../../../shared/domain/own-measure';
import { formatTags, parseTags } from '../../../shared/journal/tags';
import type { SymptomKey } from '../../../shared/medication/discontinuation';

/** The check-in form as typed: numbers stay text until saved, so a half-typed "7." is not lost. */
export interface CheckinFields {
  day: string;
  /** Set when the person checks in twice a day. */
  part?: CheckinPart;
  measures: Record<MeasureKey, string>;
  triggers: string[];
  coping: string[];
  tags: string;
  note: string;
  /** Discontinuation symptoms rated 0–3; only offered during a taper or stop (DiscontinuationSymptoms). */
  symptoms: Partial<Record<SymptomKey, number>>;
  /** Own measures by id, as typed: numbers as text, yes/no as 'yes' | 'no' | '' (not said). */
  custom: Record<string, string>;
}

const measuresFrom = (read: (key: MeasureKey) => string) =>
  Object.fromEntries(CHECKIN_MEASURES.map((m) => [m.key, read(m.key)])) as Record<MeasureKey, string>;

export const blankCheckin = (day: string, part?: CheckinPart): CheckinFields => ({
  day,
  ...(part ? { part } : {}),
  measures: measuresFrom(() => ''),
  triggers: [],
  coping: [],
  tags: '',
  note: '',
  symptoms: {},
  custom: {},
});

const ownText = (v: OwnValue): string => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

export const fieldsOf = (c: JournalCheckin): CheckinFields => ({
  day: c.date,
  ...(c.part ? { part: c.part } : {}),
  measures: measuresFrom((key) => numberText(c[key])),
  triggers: [...c.triggers],
  coping: [...c.coping],
  tags: formatTags(c.tags),
  note: c.note,
  symptoms: Object.fromEntries(Object.entries(c.symptoms ?? {}).filter(([, v]) => v !== undefined)),
  custom: Object.fromEntries(Object.entries(c.custom ?? {}).map(([id, v]) => [id, ownText(v)])),
});

/**
 * Own values as stored: yes/no as true/false, the rest as numbers. Values of
 * archived or unknown measures pass through as they were, so editing an old
 * check-in never drops them.
 */
export function customFrom(f: CheckinFields, measures: readonly JournalMeasure[], existing: JournalCheckin | undefined): Record<string, OwnValue> {
  const types = new Map(measures.map((m) => [m.id, m.type]));
  const out: Record<string, OwnValue> = {};
  for (const [id, text] of Object.entries(f.custom)) {
    const type = types.get(id);
    const kept = existing?.custom?.[id];
    if (type === undefined) {
      if (kept !== undefined) out[id] = kept;
    } else if (type === 'yesno') {
      if (text === 'yes' || text === 'no') out[id] = text === 'yes';
    } else {
      const n = parseNumber(text);
      if (n !== undefined) out[id] = n;
    }
  }
  return out;
}

/** Unset ratings are left out of the record, so "not rated" never reads as zero. */
export function checkinFrom(f: CheckinFields, existing: JournalCheckin | undefined, now: string, measures: readonly JournalMeasure[] = []): unknown {
  const given = Object.fromEntries(
    CHECKIN_MEASURES.map((m) => [m.key, parseNumber(f.measures[m.key])]).filter(([, v]) => v !== undefined),
  );
  const custom = customFrom(f, measures, existing);
  return {
    kind: 'journal.checkin',
    id: checkinIdFor(f.day, f.part),
    date: f.day,
    ...(f.part ? { part: f.part } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...given,
    triggers: f.triggers,
    coping: f.coping,
    tags: parseTags(f.tags),
    note: f.note.trim(),
    // Left out when nothing is rated, so a day outside a taper stores no empty list.
    ...(Object.keys(f.symptoms).length > 0 ? { symptoms: f.symptoms } : {}),
    ...(Object.keys(custom).length > 0 ? { custom } : {}),
  };
}

/**
 * Which check-in the page's ?checkin= names: a day ("2026-12-06") or, when
 * the person checks in twice a day, a day and its part ("2026-12-06-evening").
 */
export function checkinTarget(param: string): { day: string; part?: CheckinPart } {
  const part = CHECKIN_PARTS.find((p) => param.endsWith(`-${p}`));
  return part ? { day: param.slice(0, -part.length - 1), part } : { day: param };
}

/** The ?checkin= value that opens this check-in for editing. */
export const checkinParam = (c: JournalCheckin): string => (c.part ? `${c.date}-${c.part}` : c.date);
