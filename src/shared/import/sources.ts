import { mapAnyCsv, suggestMapping, type ColumnMapping } from './any-csv';
import { bearableScales, isBearable, mapBearable } from './bearable';
import type { Mapped } from './candidate';
import type { CsvTable } from './csv-reader';
import { guessDateFormat } from './dates';
import { daylioMoodLabels, defaultMoodMapping, isDaylio, mapDaylio, type MoodMapping } from './daylio';
import { emoodsScales, isEmoods, mapEmoods } from './emoods';
import type { ScaleChoice } from './value-scale';

/** Which app the file came from, and the choices the person makes for it in the mapping step. */
export type SourceSettings =
  | { kind: 'daylio'; labels: { label: string; count: number }[]; moods: MoodMapping }
  | { kind: 'bearable'; scales: ScaleChoice[] }
  | { kind: 'emoods'; scales: ScaleChoice[] }
  | { kind: 'csv'; mapping: ColumnMapping };

/** The file's app, recognised by its header, with first choices the person can change. */
export function firstSource(table: CsvTable, today: string): SourceSettings {
  if (isDaylio(table.header)) {
    const labels = daylioMoodLabels(table);
    return { kind: 'daylio', labels, moods: defaultMoodMapping(labels) };
  }
  if (isBearable(table.header)) return { kind: 'bearable', scales: bearableScales(table) };
  if (isEmoods(table.header)) return { kind: 'emoods', scales: emoodsScales(table) };
  const mapping = suggestMapping(table.header, 'yyyy-MM-dd');
  const format = guessDateFormat(table.rows.slice(0, 200).map((r) => r.cells[mapping.date] ?? ''), today);
  return { kind: 'csv', mapping: { ...mapping, dateFormat: format ?? 'yyyy-MM-dd' } };
}

/** The file's rows read into Cairn's terms under the person's choices, with rows the reader could not use listed too. */
export function mapSource(table: CsvTable, source: SourceSettings, today: string, onProgress?: (fraction: number) => void): Mapped {
  const mapped =
    source.kind === 'daylio'
      ? mapDaylio(table, source.moods, today, onProgress)
      : source.kind === 'bearable'
        ? mapBearable(table, source.scales, today, onProgress)
        : source.kind === 'emoods'
          ? mapEmoods(table, source.scales, today, onProgress)
          : mapAnyCsv(table, source.mapping, today, onProgress);
  mapped.skipped.push(...table.problems.map((p) => ({ line: p.line, reason: `Line ${p.line} ${p.reason}` })));
  return mapped;
}

export const SOURCE_TITLES: Record<SourceSettings['kind'], string> = {
  daylio: 'a Daylio export',
  bearable: 'a Bearable export',
  emoods: 'an eMoods export',
  csv: 'a CSV file',
};
