import type { AnyRecord } from './index';

/*
 * A segment's plaintext, shared by the renderer (which writes segments) and
 * main (which reads them for backups). Versioned so later releases can
 * migrate old layouts on load.
 */
export const SEGMENT_VERSION = 1;

export function encodeSegment(records: readonly AnyRecord[]): string {
  return JSON.stringify({ v: SEGMENT_VERSION, records });
}

/**
 * AEAD has already proved these bytes are Cairn's own, so only the version is
 * checked here (ARCHITECTURE.md: migrate rather than re-validate every field).
 */
export function decodeSegment(data: string): AnyRecord[] {
  const parsed = JSON.parse(data) as { v: number; records: unknown[] };
  if (parsed.v !== SEGMENT_VERSION || !Array.isArray(parsed.records)) {
    throw new Error(`This data was written by a newer version of Cairn (segment format ${String(parsed.v)}).`);
  }
  return parsed.records as AnyRecord[];
}
