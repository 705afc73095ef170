import type { Candidate, Mapped } from './candidate';
import { rawColumns, splitTags } from './candidate';
import type { CsvTable } from './csv-reader';
import { type DateFormatId, parseDay, parseTime } from './dates';
import { IMPORT_MEASURES, type MeasureKey, parseMeasure } from './measures';
import { rowHash } from './row-hash';

/** Which column is which, as the person chose in the mapping step. Column indexes; absent = not in this file. */
export interface ColumnMapping {
  date: number;
  dateFormat: DateFormatId;
  time?: number;
  measures: Partial<Record<MeasureKey, number>>;
  tags?: number;
  title?: number;
  note?: number;
}

const find = (header: readonly string[], ...names: string[]) => {
  const i = header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  return i >= 0 ? i : undefined;
};

/** A first guess from the header names; every choice stays the person's to change. */
export function suggestMapping(header: readonly string[], dateFormat: DateFormatId): ColumnMapping {
  const measures: ColumnMapping['measures'] = {};
  for (const m of IMPORT_MEASURES) {
    const i = find(header, m.key.toLowerCase(), m.label.toLowerCase(), ...(m.key === 'sleepHours' ? ['sleep'] : []));
    if (i !== undefined) measures[m.key] = i;
  }
  return {
    date: find(header, 'date', 'day', 'full_date') ?? 0,
    dateFormat,
    time: find(header, 'time'),
    measures,
    tags: find(header, 'tags', 'activities'),
    title: find(header, 'title', 'note_title'),
    note: find(header, 'note', 'notes', 'journal', 'entry'),
  };
}

export function mapAnyCsv(table: CsvTable, mapping: ColumnMapping, today: string, onProgress?: (fraction: number) => void): Mapped {
  const used = new Set<number>(
    [mapping.date, mapping.time, mapping.tags, mapping.title, mapping.note, ...Object.values(mapping.measures)].filter(
      (i): i is number => i !== undefined,
    ),
  );
  const candidates: Candidate[] = [];
  const skipped: Mapped['skipped'] = [];
  rows: for (const [n, row] of table.rows.entries()) {
    if (onProgress && n % 5_000 === 0) onProgress(n / table.rows.length);
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? '').trim());
    const day = parseDay(cell(mapping.date), mapping.dateFormat, today);
    if (!day.ok) {
      skipped.push({ line: row.line, reason: `Line ${row.line} ${day.reason}` });
      continue;
    }
    const values: Candidate['values'] = {};
    const shown: string[] = [];
    for (const [key, column] of Object.entries(mapping.measures) as [MeasureKey, number][]) {
      const text = cell(column);
      if (text === '') continue;
      const parsed = parseMeasure(key, text);
      if (!parsed.ok) {
        skipped.push({ line: row.line, reason: `Line ${row.line} ${parsed.reason}` });
        continue rows;
      }
      values[key] = parsed.value;
      shown.push(`${table.header[column] ?? key}: ${text}`);
    }
    const moodColumn = mapping.measures.mood;
    candidates.push({
      line: row.line,
      day: day.day,
      time: parseTime(cell(mapping.time)),
      values,
      tags: splitTags(cell(mapping.tags), /\s*[|,;]\s*/),
      title: cell(mapping.title),
      note: cell(mapping.note),
      provenance: {
        source: 'csv',
        sourceLabel: (moodColumn !== undefined ? (table.header[moodColumn] ?? '') : shown.join('; ')).slice(0, 200),
        sourceValue: (moodColumn !== undefined ? cell(moodColumn) : shown.join('; ')).slice(0, 200),
        rowHash: rowHash('csv', row.cells),
        raw: rawColumns(table.header, row.cells, used),
      },
    });
  }
  onProgress?.(1);
  return { candidates, skipped };
}
