import { z } from 'zod';

export const IMPORT_SOURCES = ['daylio', 'bearable', 'emoods', 'csv'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/**
 * Where an imported record came from, kept so the record stays honest: the
 * other app, the value and label exactly as that app wrote them (a Daylio mood
 * "super tired" mapped to 3 still says "super tired"), and a hash of the source
 * row so importing the same file twice adds nothing.
 */
export const importProvenance = z.strictObject({
  source: z.enum(IMPORT_SOURCES),
  sourceValue: z.string().max(200),
  sourceLabel: z.string().max(200),
  rowHash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Columns Cairn has no field for, kept as the source wrote them instead of guessed at. */
  raw: z.record(z.string().max(100), z.string().max(2_000)).optional(),
});

export type ImportProvenance = z.output<typeof importProvenance>;

const SOURCE_NAMES: Record<ImportSource, string> = { daylio: 'Daylio', bearable: 'Bearable', emoods: 'eMoods', csv: 'a CSV file' };

/** "Imported from Daylio": the mark every screen and the printed summary show on imported records. */
export const importedFrom = (source: ImportSource): string => `Imported from ${SOURCE_NAMES[source]}`;

/** "5 of these 20 days were imported from Daylio" for a set of records that may mix sources. */
export function importedShare(records: readonly { import?: ImportProvenance }[], noun: { one: string; many: string }): string | null {
  const imported = records.filter((r) => r.import);
  if (imported.length === 0) return null;
  const sources = [...new Set(imported.map((r) => SOURCE_NAMES[r.import!.source]))].join(' and ');
  const of = records.length === 1 ? noun.one : noun.many;
  return `${imported.length} of these ${records.length} ${of} ${imported.length === 1 ? 'was' : 'were'} imported from ${sources}.`;
}
