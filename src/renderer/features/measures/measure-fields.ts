import { parseNumber } from '../../../shared/codec/number';
import { journalMeasure, type JournalMeasure, type OwnMeasureType } from '../../../shared/domain/own-measure';
import { newId } from '../../db/record-stamp';

/** The measure form as typed: bounds stay text until saved, so "1." is not lost. */
export interface MeasureFields {
  name: string;
  type: OwnMeasureType;
  lowWord: string;
  highWord: string;
  unit: string;
  min: string;
  max: string;
  inSummary: boolean;
}

export const blankMeasure = (): MeasureFields => ({ name: '', type: 'rating', lowWord: '', highWord: '', unit: '', min: '', max: '', inSummary: false });

export const fieldsOfMeasure = (m: JournalMeasure): MeasureFields => ({
  name: m.name,
  type: m.type,
  lowWord: m.lowWord ?? '',
  highWord: m.highWord ?? '',
  unit: m.unit ?? '',
  min: m.min === undefined ? '' : String(m.min),
  max: m.max === undefined ? '' : String(m.max),
  inSummary: m.inSummary,
});

/** Only the fields of the chosen type are kept: a rating has no unit, a number no end words. */
function measureInput(f: MeasureFields, existing: JournalMeasure | undefined, now: string): unknown {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const typeFields =
    f.type === 'rating'
      ? { lowWord: text(f.lowWord), highWord: text(f.highWord) }
      : f.type === 'number'
        ? { unit: text(f.unit), min: parseNumber(f.min), max: parseNumber(f.max) }
        : {};
  const defined = Object.fromEntries(Object.entries(typeFields).filter(([, v]) => v !== undefined));
  return {
    kind: 'journal.measure',
    id: existing?.id ?? `measure-${newId()}`,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    name: f.name,
    // The type of a measure with values is fixed: past values are read by it.
    type: existing?.type ?? f.type,
    ...defined,
    inSummary: f.inSummary,
    ...(existing?.archivedAt ? { archivedAt: existing.archivedAt } : {}),
  };
}

export type MeasureChecked = { ok: true; value: JournalMeasure } | { ok: false; field: keyof MeasureFields | ''; message: string };

/** The form to a record, or the first problem and the field it belongs to. A second measure of the same name is refused. */
export function checkMeasure(f: MeasureFields, existing: JournalMeasure | undefined, others: readonly JournalMeasure[], now: string): MeasureChecked {
  const result = journalMeasure.safeParse(measureInput(f, existing, now));
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, field: (String(issue?.path[0] ?? '') as keyof MeasureFields) || '', message: issue?.message ?? 'This is not valid.' };
  }
  const same = others.find((m) => m.id !== result.data.id && !m.archivedAt && m.name.toLowerCase() === result.data.name.toLowerCase());
  if (same) return { ok: false, field: 'name', message: `You already have a measure called “${same.name}”.` };
  return { ok: true, value: result.data };
}
