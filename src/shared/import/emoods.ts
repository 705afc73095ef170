import type { Candidate, Mapped } from './candidate';
import type { CsvTable } from './csv-reader';
import { parseDay } from './dates';
import { parseMeasure } from './measures';
import { rowHash } from './row-hash';
import { distinctValues, mapValue, unratedDefaults, type ScaleChoice } from './value-scale';

/**
 * eMoods' CSV: one row per day, a date column written YYYY-MM-DD ("DATE
 * (YYYY-MM-DD)"), the ratings DEPRESSED, ELEVATED, IRRITABILITY and ANXIETY,
 * SLEEP in hours, and WEIGHT, medications and notes where the person tracks
 * them. The ratings are severities (none to severe), but the file does not
 * say which number means which, so Anxiety and Irritability wait for the
 * person to place each value on Cairn's 0–10 scale, and Depressed and
 * Elevated (Cairn has no such field) stay as written. Sleep hours are hours.
 */
export function isEmoods(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.some((n) => n.startsWith('date')) && names.includes('depressed') && names.includes('elevated');
}

interface Columns {
  date: number;
  sleep: number;
  note: number;
}

function columns(header: readonly string[]): Columns {
  const names = header.map((h) => h.trim().toLowerCase());
  return {
    date: names.findIndex((n) => n.startsWith('date')),
    sleep: names.findIndex((n) => n === 'sleep' || n.startsWith('sleep (')),
    note: names.findIndex((n) => n === 'note' || n === 'notes'),
  };
}

const RATED = [
  { column: 'anxiety', measure: 'anxiety' },
  { column: 'irritability', measure: 'irritability' },
] as const;

/** Anxiety and Irritability as the file rates them, each value unrated until the person places it. */
export function emoodsScales(table: CsvTable): ScaleChoice[] {
  const names = table.header.map((h) => h.trim().toLowerCase());
  return RATED.flatMap(({ column, measure }) => {
    const i = names.indexOf(column);
    if (i < 0) return [];
    const values = distinctValues(table, (cells) => cells[i] ?? '');
    return values.length > 0 ? [{ measure, sourceName: table.header[i]!.trim(), values, mapping: unratedDefaults(values) }] : [];
  });
}

export function mapEmoods(table: CsvTable, scales: readonly ScaleChoice[], today: string, onProgress?: (fraction: number) => void): Mapped {
  const c = columns(table.header);
  const names = table.header.map((h) => h.trim().toLowerCase());
  const scaleColumns = scales.map((s) => ({ scale: s, index: names.indexOf(s.sourceName.toLowerCase()) }));
  const candidates: Candidate[] = [];
  const skipped: Mapped['skipped'] = [];
  table.rows.forEach((row, n) => {
    if (onProgress && n % 5_000 === 0) onProgress(n / table.rows.length);
    const cell = (i: number) => (i < 0 ? '' : (row.cells[i] ?? '').trim());
    const day = parseDay(cell(c.date), 'yyyy-MM-dd', today);
    if (!day.ok) {
      skipped.push({ line: row.line, reason: `Line ${row.line} ${day.reason}` });
      return;
    }
    const values: Candidate['values'] = {};
    const shown: string[] = [];
    const sleep = cell(c.sleep);
    if (sleep !== '') {
      const parsed = parseMeasure('sleepHours', sleep);
      // Hours Cairn cannot hold (7.3) stay in the raw values rather than being rounded.
      if (parsed.ok) values.sleepHours = parsed.value;
      shown.push(`${table.header[c.sleep]!.trim()} ${sleep}`);
    }
    for (const { scale, index } of scaleColumns) {
      const value = mapValue(scale.mapping, cell(index));
      if (value === undefined) continue;
      values[scale.measure] = value;
      shown.push(`${scale.sourceName} ${cell(index)}`);
    }
    // Every column but the date and the note is kept as written, mapped or not: the original values stay with the record.
    const raw: Record<string, string> = {};
    table.header.forEach((name, i) => {
      const value = cell(i);
      if (i === c.date || i === c.note || value === '' || Object.keys(raw).length >= 30) return;
      raw[(name.trim() || `column ${i + 1}`).slice(0, 100)] = value.slice(0, 2_000);
    });
    candidates.push({
      line: row.line,
      day: day.day,
      values,
      tags: [],
      title: '',
      note: cell(c.note),
      provenance: {
        source: 'emoods',
        sourceLabel: shown.join('; ').slice(0, 200),
        sourceValue: (shown.length > 0 ? shown.map((s) => s.slice(s.lastIndexOf(' ') + 1)).join('; ') : '').slice(0, 200),
        rowHash: rowHash('emoods', row.cells),
        ...(Object.keys(raw).length > 0 ? { raw } : {}),
      },
    });
  });
  onProgress?.(1);
  return { candidates, skipped };
}
