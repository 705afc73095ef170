import { describe, expect, it } from 'vitest';
import { anyRecord, type AnyRecord } from '../../src/shared/domain';
import { decodeSegment, encodeSegment } from '../../src/shared/domain/segments';
import { decodePayload, describe as describeRecords, encodePayload } from '../../electron/main/backup/payload';
import { sampleRecords } from '../fixtures/records/samples';

/*
 * Hostile and odd input through every record kind's validation (the one gate
 * every form and the backup importer share): each value is either refused
 * with a readable message, or kept exactly as typed through storage and
 * backups. Nothing throws anything else, and nothing is silently altered.
 */
const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);
const TEXT_CORPUS = [
  FIVE_MB,
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا بالعالم — שלום עולם',
  'zero\u200bwidth\u200d\u2060joiners\ufeff',
  'control\u0000\u0001\u0007\u001b[31mchars\u007f',
  '<img src=x onerror=alert(1)><script>alert(2)</script>',
  '"quotes" \'and\' \\backslashes\\ {"json": true}\n\r\t',
  '\ud83d', // a lone surrogate
  '   ',
  '',
];
const NUMBER_CORPUS = [Number.NaN, -1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 1e308, 0.1 + 0.2, 2 ** 53 + 1];
const DAY_CORPUS = ['1900-01-01', '2100-12-31', '2026-02-30', '2026-13-01', '26-11-25', '2026-11-25T10:00'];
const isDayField = (key: string) => /date|day$/i.test(key) || key === 'refillDate';

type Path = (string | number)[];

/** Compares records ignoring the outer whitespace some fields (names) trim on purpose. */
const trimmed = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.trim()
    : Array.isArray(value)
      ? value.map(trimmed)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]))
        : value;

function* leaves(value: unknown, path: Path = []): Generator<[Path, unknown]> {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* leaves(child, [...path, Array.isArray(value) ? Number(key) : key]);
  } else yield [path, value];
}

function withValue(record: AnyRecord, path: Path, value: unknown): unknown {
  const copy = structuredClone(record) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function check(candidate: unknown, where: string): 'kept' | 'refused' {
  const result = anyRecord.safeParse(candidate);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? '';
    expect(message.length, `${where}: a refusal must say why`).toBeGreaterThan(5);
    return 'refused';
  }
  // Accepted (names are trimmed by their schema, nothing else changes): what was
  // accepted must survive storage and a backup exactly.
  expect(trimmed(result.data), where).toEqual(trimmed(candidate));
  const [stored] = decodeSegment(encodeSegment([result.data]));
  expect(stored, where).toEqual(result.data);
  const manifest = describeRecords([result.data], 'test', '2026-11-25T10:00:00.000Z');
  const lines = [...encodePayload(manifest, [result.data])];
  const payload = new Uint8Array(Buffer.concat(lines.map((l) => Buffer.from(l))));
  expect(decodePayload(payload).records[0], where).toEqual(result.data);
  return 'kept';
}

describe('hostile and odd input, every record kind', () => {
  const records = sampleRecords();

  it('text fields: every corpus value is refused with a message or kept exactly; a 5 MB paste is always refused', () => {
    let textFields = 0;
    for (const record of records) {
      for (const [path, value] of leaves(record)) {
        if (typeof value !== 'string' || path[0] === 'id' || path[0] === 'kind') continue;
        textFields++;
        for (const hostile of TEXT_CORPUS) {
          const where = `${record.kind}.${path.join('.')} = ${JSON.stringify(hostile.slice(0, 20))}`;
          const outcome = check(withValue(record, path, hostile), where);
          if (hostile === FIVE_MB) expect(outcome, where).toBe('refused');
        }
      }
    }
    expect(textFields).toBeGreaterThan(60);
  });

  it('number fields: NaN, negatives, infinities and huge values are refused with a message or kept exactly', () => {
    let numberFields = 0;
    for (const record of records) {
      for (const [path, value] of leaves(record)) {
        if (typeof value !== 'number') continue;
        numberFields++;
        for (const hostile of NUMBER_CORPUS) {
          const where = `${record.kind}.${path.join('.')} = ${hostile}`;
          const outcome = check(withValue(record, path, hostile), where);
          if (Number.isNaN(hostile) || !Number.isFinite(hostile)) expect(outcome, where).toBe('refused');
        }
      }
    }
    expect(numberFields).toBeGreaterThan(20);
  });

  it('dates: 1900 and 2100 are judged like any other day; impossible and malformed days are refused', () => {
    for (const record of records) {
      for (const [path, value] of leaves(record)) {
        const key = String(path.at(-1));
        if (typeof value !== 'string' || !isDayField(key) || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
        for (const hostile of DAY_CORPUS) {
          const where = `${record.kind}.${path.join('.')} = ${hostile}`;
          const outcome = check(withValue(record, path, hostile), where);
          if (!/^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(hostile) || hostile === '2026-02-30') expect(outcome, where).toBe('refused');
        }
      }
    }
  });
});
