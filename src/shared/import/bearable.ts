import type { Candidate, Mapped } from './candidate';
import { splitTags } from './candidate';
import type { CsvRow, CsvTable } from './csv-reader';
import { parseDay, parseNamedDay, parseTime } from './dates';
import { rowHash } from './row-hash';
import { distinctValues, mapValue, sameNumberDefaults, type ScaleChoice } from './value-scale';

/**
 * Bearable's CSV export is long: one row per recorded item, with the columns
 * date, weekday, time of day, category, rating/amount, detail, notes (newer
 * exports add "date formatted" after date). Dates read "22nd Sep 2020"; time
 * of day is a clock time or a part of the day ("pre", "am", "mid", "pm",
 * "all day"). Categories seen in public exports: Mood, Energy, Symptom,
 * Factors, Meds/Supplements, Sleep, Sleep quality, Gratitudes, Food Diary
 * factors. Only Mood and Energy ratings, Factors and notes have a place in
 * Cairn; every other category is kept on the day's check-in as written.
 */
const REQUIRED = ['date', 'time of day', 'category', 'rating/amount', 'detail'];

export function isBearable(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return REQUIRED.every((c) => names.has(c));
}

/** The categories whose rating goes onto one of Cairn's 0–10 measures, once the person has placed each value. */
const RATED = [
  { category: 'mood', measure: 'mood' },
  { category: 'energy', measure: 'energy' },
] as const;

interface Columns {
  dates: number[];
  time: number;
  category: number;
  amount: number;
  detail: number;
  notes: number;
}

function columns(header: readonly string[]): Columns {
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  return {
    dates: ['date', 'date formatted'].map(col).filter((i) => i >= 0),
    time: col('time of day'),
    category: col('category'),
    amount: col('rating/amount'),
    detail: col('detail'),
    notes: col('notes'),
  };
}

const cellOf = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());

/** The values the file uses for each rated category, each starting at the same number on Cairn's scale. */
export function bearableScales(table: CsvTable): ScaleChoice[] {
  const c = columns(table.header);
  return RATED.map(({ category, measure }) => {
    const values = distinctValues(table, (cells) => (cellOf(cells, c.category).toLowerCase() === category ? cellOf(cells, c.amount) : null));
    return { measure, sourceName: category === 'mood' ? 'Mood' : 'Energy', values, mapping: sameNumberDefaults(values) };
  }).filter((s) => s.values.length > 0);
}

/** "22nd Sep 2020" in `date`, or an ISO day in either date column. */
function dayOf(cells: readonly string[], c: Columns, today: string) {
  let first = null;
  for (const i of c.dates) {
    const text = cellOf(cells, i);
    const result = /^\d{4}-\d{2}-\d{2}/.test(text) ? parseDay(text, 'yyyy-MM-dd', today) : parseNamedDay(text, today);
    if (result.ok) return result;
    first ??= result;
  }
  return first ?? { ok: false as const, reason: 'has no date.' };
}

const RAW_KEYS = 30;
const RAW_CHARS = 2_000;

/**
 * One check-in candidate per day (the day's latest mood and energy rating,
 * the factors as tags, everything else kept raw by category) and one entry
 * candidate per row with a note.
 */
export function mapBearable(table: CsvTable, scales: readonly ScaleChoice[], today: string, onProgress?: (fraction: number) => void): Mapped {
  const c = columns(table.header);
  const skipped: Mapped['skipped'] = [];
  const days = new Map<string, CsvRow[]>();
  const notes: Candidate[] = [];
  table.rows.forEach((row, n) => {
    if (onProgress && n % 5_000 === 0) onProgress(n / table.rows.length);
    const day = dayOf(row.cells, c, today);
    if (!day.ok) {
      skipped.push({ line: row.line, reason: `Line ${row.line} ${day.reason}` });
      return;
    }
    const list = days.get(day.day);
    if (list) list.push(row);
    else days.set(day.day, [row]);
    const note = cellOf(row.cells, c.notes);
    if (note !== '') {
      notes.push({
        line: row.line, day: day.day, time: parseTime(cellOf(row.cells, c.time)), values: {}, tags: [], title: '', note,
        provenance: { source: 'bearable', sourceLabel: cellOf(row.cells, c.category).slice(0, 200), sourceValue: cellOf(row.cells, c.amount).slice(0, 200), rowHash: rowHash('bearable', row.cells) },
      });
    }
  });
  const candidates = [...days].map(([day, rows]) => dayCandidate(day, rows, c, scales));
  onProgress?.(1);
  return { candidates: [...candidates, ...notes], skipped };
}

function dayCandidate(day: string, rows: readonly CsvRow[], c: Columns, scales: readonly ScaleChoice[]): Candidate {
  const values: Candidate['values'] = {};
  const used: string[] = [];
  let time: string | undefined;
  let firstLabel: string | undefined;
  for (const scale of scales) {
    const category = scale.sourceName.toLowerCase();
    // The day's latest rating of this kind, as Daylio's latest entry becomes the day's check-in.
    let latest: { time: string; row: CsvRow } | null = null;
    for (const row of rows) {
      if (cellOf(row.cells, c.category).toLowerCase() !== category || cellOf(row.cells, c.amount) === '') continue;
      const at = parseTime(cellOf(row.cells, c.time)) ?? '';
      if (!latest || at >= latest.time) latest = { time: at, row };
    }
    if (!latest) continue;
    const label = cellOf(latest.row.cells, c.amount);
    const value = mapValue(scale.mapping, label);
    if (value !== undefined) values[scale.measure] = value;
    used.push(`${scale.sourceName} ${label}`);
    firstLabel ??= label;
    if (scale.measure === 'mood' && latest.time) time = latest.time;
  }
  const factors = rows.filter((r) => cellOf(r.cells, c.category).toLowerCase() === 'factors').map((r) => cellOf(r.cells, c.detail));
  const tags = splitTags(factors.join(' | '));
  return {
    line: rows[0]!.line,
    day,
    time,
    values,
    tags,
    title: '',
    note: '',
    provenance: {
      source: 'bearable',
      // "Mood 6; Energy 4": each rating with the word Bearable files it under, as the export wrote them.
      sourceLabel: (used.length > 0 ? used.join('; ') : 'Factors').slice(0, 200),
      sourceValue: (firstLabel ?? '').slice(0, 200),
      rowHash: rowHash('bearable', rows.flatMap((r) => r.cells)),
      raw: rawByCategory(rows, c),
    },
  };
}

/** Every row of the day as Bearable wrote it, grouped by category: "pm 1 Anxiety (Mild); am 2 Headache (Moderate)". */
function rawByCategory(rows: readonly CsvRow[], c: Columns): Record<string, string> | undefined {
  const raw: Record<string, string> = {};
  for (const row of rows) {
    const category = (cellOf(row.cells, c.category) || 'No category').slice(0, 100);
    const text = [cellOf(row.cells, c.time), cellOf(row.cells, c.amount), cellOf(row.cells, c.detail)].filter(Boolean).join(' ');
    if (text === '') continue;
    if (!(category in raw) && Object.keys(raw).length >= RAW_KEYS) continue;
    raw[category] = (raw[category] ? `${raw[category]}; ${text}` : text).slice(0, RAW_CHARS);
  }
  return Object.keys(raw).length > 0 ? raw : undefined;
}
