import type { AnyRecord } from '../../../src/shared/domain';

/*
 * Plain (NOT encrypted) exports, written only when the user asks and
 * confirms. JSON holds every record as stored (schema: docs/backup-format.md,
 * "Plain exports"); CSV holds one kind, one row per record.
 */

export function toJson(records: readonly AnyRecord[], app: string, exportedAt: string): string {
  return `${JSON.stringify({ format: 'cairn-plain-export', version: 1, app, exportedAt, records }, null, 2)}\n`;
}

type Cell = string | number | boolean | null | undefined;

/** Flattens one record: lists of plain values become numbered columns (answers_1 … answers_9). */
function flatten(record: AnyRecord): Map<string, Cell> {
  const row = new Map<string, Cell>();
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      value.forEach((v, i) => row.set(`${key}_${i + 1}`, v as Cell));
      if (value.length === 0) row.set(key, '');
    } else if (value !== null && typeof value === 'object') {
      row.set(key, JSON.stringify(value));
    } else {
      row.set(key, value as Cell);
    }
  }
  return row;
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A check-in's own measures as one column each, named by the measure ("own:
 * brain zaps") instead of one JSON cell of ids, so a spreadsheet can sum
 * them; yes/no reads "yes" or "no". A value whose definition is gone keeps
 * its id as the name.
 */
function ownColumns(row: Map<string, Cell>, record: AnyRecord, names: ReadonlyMap<string, string>): Map<string, Cell> {
  if (record.kind !== 'journal.checkin' || !record.custom) return row;
  const out = new Map([...row].filter(([k]) => k !== 'custom'));
  for (const [id, value] of Object.entries(record.custom)) {
    out.set(`own: ${names.get(id) ?? id}`, typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);
  }
  return out;
}

/**
 * One kind as CSV. Records that point at a medication by id (doses, side
 * effects) get its name in a `medicationName` column beside the id, and
 * check-ins their own measures by name (ownColumns), so the file reads on
 * its own; `all` is every record, to look the names up.
 */
export function toCsv(records: readonly AnyRecord[], all: readonly AnyRecord[] = records): string {
  const names = new Map(all.flatMap((r) => (r.kind === 'med.medication' ? [[r.id, r.name] as const] : [])));
  const measureNames = new Map(all.flatMap((r) => (r.kind === 'journal.measure' ? [[r.id, r.archivedAt ? `${r.name} (removed)` : r.name] as const] : [])));
  const rows = records.map((record) => {
    const row = ownColumns(flatten(record), record, measureNames);
    const id = 'medicationId' in record ? record.medicationId : undefined;
    if (typeof id !== 'string') return row;
    // Rebuilt so the name sits right after the id.
    return new Map([...row].flatMap(([k, v]) => (k === 'medicationId' ? [[k, v], ['medicationName', names.get(id) ?? '']] : [[k, v]])) as [string, Cell][]);
  });
  const columns: string[] = [];
  for (const row of rows) for (const key of row.keys()) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row.get(c))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
