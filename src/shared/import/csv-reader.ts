import Papa from 'papaparse';

/** Larger files are refused before they are read: 100 MB is years of any tracker's export. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface CsvRow {
  /** 1-based line in the file where this row starts (rows may span lines inside quotes). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows that cannot be read as a row of this table, with the reason. */
  problems: { line: number; reason: string }[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; message: string };

export function sizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'This file is empty.';
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = Math.round(bytes / (1024 * 1024));
    return `This file is ${mb} MB; Cairn imports files up to 100 MB. Export a shorter period from the other app and import it in parts.`;
  }
  return null;
}

/**
 * Spreadsheet programs save CSV as UTF-16 with a byte-order mark; everything
 * else is UTF-8 (with or without one). Only a mark decides: guessing from
 * content would misread some UTF-8 files.
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/** A control character no CSV holds (NUL, or the decoder's replacement for bytes that are not text). */
function binaryAt(text: string): number {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return nul;
  // A few replacement characters can be a badly saved accent; many are a file that is not text.
  let bad = 0;
  let first = -1;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    if (text.charCodeAt(i) === 0xfffd) {
      bad++;
      if (first < 0) first = i;
    }
  }
  return bad > 8 ? first : -1;
}

const PROGRESS_EVERY = 2_000;

/**
 * The header line decides the delimiter: the candidate it holds most often.
 * (papaparse's own guess needs every row to agree, which a blank last line or
 * a quoted line break defeats.)
 */
export function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const head = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = head.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Reads CSV text into a header and rows, each row knowing its line number.
 * Never throws: a file that is not a table comes back as a message naming the line.
 */
export function readCsv(input: string, onProgress?: (fraction: number) => void): CsvResult {
  try {
    return read(input, onProgress);
  } catch (error) {
    // papaparse is not expected to throw; if it ever does, the person still gets a sentence.
    return { ok: false, message: `Cairn could not read this file (${error instanceof Error ? error.message : 'unknown error'}). Nothing was imported.` };
  }
}

function read(input: string, onProgress?: (fraction: number) => void): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim().length === 0) return { ok: false, message: 'This file is empty.' };
  const binary = binaryAt(text);
  if (binary >= 0) {
    return {
      ok: false,
      message: `Line ${lineAt(text, binary)} holds binary data, so this is not a CSV file. Export the data as CSV from the other app and choose that file.`,
    };
  }

  const rows: CsvRow[] = [];
  const problems: CsvTable['problems'] = [];
  let fatal: string | null = null;
  let line = 1;
  let cursor = 0;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      const start = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        fatal = `Line ${start} opens a quotation mark that is never closed, so the rest of the file cannot be read as rows. Nothing was imported.`;
        parser.abort();
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0]?.trim() === '') return;
      rows.push({ line: start, cells });
      if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(end / text.length);
    },
  });
  if (fatal) return { ok: false, message: fatal };
  const [first, ...rest] = rows;
  if (!first) return { ok: false, message: 'This file is empty.' };
  const header = first.cells.map((h) => h.trim());
  if (header.length < 2) {
    return {
      ok: false,
      message: `Line ${first.line} has only one column, so this does not look like a CSV export. Choose the CSV file the other app exported.`,
    };
  }
  const body: CsvRow[] = [];
  for (const row of rest) {
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({ line: row.line, reason: `has ${row.cells.length} columns; the first line names ${header.length}.` });
    } else body.push(row);
  }
  onProgress?.(1);
  return { ok: true, table: { header, rows: body, delimiter, problems } };
}
