import type { CsvTable } from './csv-reader';
import type { MeasureKey } from './measures';

/** One value as the other app wrote it ("6", "Mild"), with how many rows use it. */
export interface SourceValue {
  label: string;
  count: number;
}

/** Each source value (trimmed, lower-case) to a 0–10 value, or null to leave it unrated. */
export type ValueMapping = Record<string, number | null>;

/**
 * A measure whose scale in the other app is not certain: the person places
 * each value the file uses on Cairn's scale, and the preview shows the result.
 */
export interface ScaleChoice {
  measure: MeasureKey;
  /** What the other app calls it ("Mood", "ANXIETY"). */
  sourceName: string;
  values: SourceValue[];
  mapping: ValueMapping;
}

export const valueKey = (label: string) => label.trim().toLowerCase();

/** Distinct non-empty values of the cells `pick` chooses, in order of first use, with counts. */
export function distinctValues(table: CsvTable, pick: (cells: readonly string[]) => string | null): SourceValue[] {
  const counts = new Map<string, SourceValue>();
  for (const row of table.rows) {
    const label = pick(row.cells)?.trim() ?? '';
    if (label === '') continue;
    const seen = counts.get(valueKey(label));
    if (seen) seen.count++;
    else counts.set(valueKey(label), { label, count: 1 });
  }
  return [...counts.values()].sort((a, b) => numericOrder(a.label, b.label));
}

const numericOrder = (a: string, b: string) => {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
};

/** Whole numbers 0–10 keep their number (shown in the preview, the person can change each); anything else starts unrated. */
export function sameNumberDefaults(values: readonly SourceValue[]): ValueMapping {
  return Object.fromEntries(values.map(({ label }) => [valueKey(label), /^(?:10|\d)$/.test(label.trim()) ? Number(label.trim()) : null]));
}

/** Every value starts unrated: the file does not say what its numbers mean. */
export function unratedDefaults(values: readonly SourceValue[]): ValueMapping {
  return Object.fromEntries(values.map(({ label }) => [valueKey(label), null]));
}

/** The mapped value for a cell, or undefined when it is empty or left unrated. */
export function mapValue(mapping: ValueMapping, cell: string): number | undefined {
  if (cell.trim() === '') return undefined;
  const value = mapping[valueKey(cell)];
  return typeof value === 'number' ? value : undefined;
}
