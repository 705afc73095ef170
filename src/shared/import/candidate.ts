import type { ImportProvenance } from '../domain/import-provenance';
import type { MeasureKey } from './measures';

/** One source row read into Cairn's terms, before it is checked against what is stored. */
export interface Candidate {
  line: number;
  day: string;
  time?: string;
  values: Partial<Record<MeasureKey, number>>;
  tags: string[];
  title: string;
  note: string;
  provenance: ImportProvenance;
}

export interface Skipped {
  line: number;
  reason: string;
}

export interface Mapped {
  candidates: Candidate[];
  skipped: Skipped[];
}

const TAG_MAX = 60;
const TAGS_MAX = 50;

/** Tags from a list cell ("walk | family" or "walk, family"); each cut to Cairn's 60 characters, at most 50. */
export function splitTags(cell: string, separator: RegExp = /\s*\|\s*/): string[] {
  const tags = cell
    .split(separator)
    .map((t) => t.trim().replace(/\s+/g, ' ').slice(0, TAG_MAX).trim())
    .filter((t) => t.length > 0);
  return [...new Set(tags)].slice(0, TAGS_MAX);
}

/** Columns Cairn has no field for, kept as written (capped so a runaway cell cannot bloat a record). */
export function rawColumns(header: readonly string[], cells: readonly string[], used: ReadonlySet<number>): Record<string, string> | undefined {
  const raw: Record<string, string> = {};
  let count = 0;
  header.forEach((name, i) => {
    const value = cells[i]?.trim() ?? '';
    if (used.has(i) || value === '' || count >= 30) return;
    raw[(name || `column ${i + 1}`).slice(0, 100)] = value.slice(0, 2_000);
    count++;
  });
  return count > 0 ? raw : undefined;
}
