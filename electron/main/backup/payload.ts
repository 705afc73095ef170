import { z } from 'zod';
import { ServiceError } from '../dispatch';
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';

/*
 * The decrypted inside of a backup: UTF-8 NDJSON. Line 1 is the manifest,
 * then one line per record, then an end line repeating the total, so a
 * payload cut short at a line boundary is still caught.
 */
export const PAYLOAD_VERSION = 1;

export interface Manifest {
  type: 'manifest';
  version: number;
  app: string;
  createdAt: string;
  counts: Record<string, number>;
  total: number;
  /** First and last record day, when any record is dated. */
  dateRange: { from: string; to: string } | null;
}

const manifestSchema = z.strictObject({
  type: z.literal('manifest'),
  version: z.literal(PAYLOAD_VERSION),
  app: z.string(),
  createdAt: z.iso.datetime(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  dateRange: z.strictObject({ from: z.string(), to: z.string() }).nullable(),
});

const endSchema = z.strictObject({ type: z.literal('end'), total: z.number().int().nonnegative() });

export function describe(records: readonly AnyRecord[], app: string, createdAt: string): Manifest {
  const counts: Record<string, number> = {};
  let from: string | null = null;
  let to: string | null = null;
  for (const record of records) {
    counts[record.kind] = (counts[record.kind] ?? 0) + 1;
    const day = 'date' in record ? record.date : undefined;
    if (day) {
      if (!from || day < from) from = day;
      if (!to || day > to) to = day;
    }
  }
  return {
    type: 'manifest',
    version: PAYLOAD_VERSION,
    app,
    createdAt,
    counts,
    total: records.length,
    dateRange: from && to ? { from, to } : null,
  };
}

/** Yields the payload as UTF-8 pieces, one line each. */
export function* encodePayload(manifest: Manifest, records: readonly AnyRecord[]): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`${JSON.stringify(manifest)}\n`);
  for (const record of records) yield encoder.encode(`${JSON.stringify({ type: 'record', record })}\n`);
  yield encoder.encode(`${JSON.stringify({ type: 'end', total: records.length })}\n`);
}

const invalid = (detail: string) =>
  new ServiceError('invalid_request', `The backup opened, but its contents are not valid (${detail}). Nothing was changed.`);

/** Parses and validates every record into a staging list; any problem refuses the whole backup. */
export function decodePayload(payload: Uint8Array): { manifest: Manifest; records: AnyRecord[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    throw invalid('not UTF-8 text');
  }
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw invalid('the last line is incomplete');
  lines.pop();
  const json = (line: string | undefined, n: number): unknown => {
    try {
      return JSON.parse(line ?? '');
    } catch {
      throw invalid(`line ${n} is not JSON`);
    }
  };
  const first = json(lines[0], 1) as { version?: unknown } | null;
  // Checked before the schema: a newer manifest may have fields this version does not know.
  if (typeof first?.version === 'number' && first.version > PAYLOAD_VERSION) {
    throw new ServiceError('invalid_request', `This backup's contents come from a newer version of Cairn (${first.version}). Update Cairn to restore it.`);
  }
  const head = manifestSchema.safeParse(first);
  if (!head.success) {
    const issue = head.error.issues[0];
    const unknown = issue?.code === 'unrecognized_keys' ? ` (unknown field "${issue.keys.join('", "')}")` : issue?.path.length ? ` (field "${issue.path.join('.')}")` : '';
    throw invalid(`the manifest is missing or malformed${unknown}`);
  }
  const manifest = head.data;
  const end = endSchema.safeParse(json(lines.at(-1), lines.length));
  if (lines.length < 2 || !end.success) throw invalid('the end marker is missing');
  if (end.data.total !== manifest.total) throw invalid('the end marker does not repeat the manifest total');

  const records: AnyRecord[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < lines.length - 1; i++) {
    const line = json(lines[i], i + 1) as { type?: string; record?: unknown };
    const parsed = anyRecord.safeParse(line?.record);
    if (!line || typeof line !== 'object' || Object.keys(line).some((k) => k !== 'type' && k !== 'record')) throw invalid(`record ${i}: unknown line`);
    if (line.type !== 'record' || !parsed.success) {
      throw invalid(`record ${i}: ${parsed.success ? 'unknown line' : (parsed.error.issues[0]?.message ?? 'invalid')}`);
    }
    // Two records with one id would silently become one on restore.
    if (seen.has(parsed.data.id)) throw invalid(`record ${i}: duplicate id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    records.push(parsed.data);
  }
  if (records.length !== manifest.total) throw invalid('the record count does not match the manifest');
  const counted = describe(records, manifest.app, manifest.createdAt).counts;
  if (JSON.stringify(Object.entries(counted).sort()) !== JSON.stringify(Object.entries(manifest.counts).sort())) {
    throw invalid('the counts per kind do not match the manifest');
  }
  return { manifest, records };
}
