import { anyRecord, type AnyRecord } from '../domain';
import type { ImportProvenance } from '../domain/import-provenance';
import type { JournalEntry } from '../domain/journal';
import { checkinIdFor, type JournalCheckin } from '../domain/journal-checkin';
import type { Candidate, Mapped, Skipped } from './candidate';

export interface ImportPlan {
  checkins: JournalCheckin[];
  entries: JournalEntry[];
  /** Rows left out, each with its line and why, in file order. */
  skipped: Skipped[];
  /** Rows whose records are already stored from an earlier import of the same data. */
  alreadyImported: number;
  range: { from: string; to: string } | null;
}

export const entryIdFor = (rowHash: string) => `import-${rowHash}`;

/** Noon when the source gave no time: it sorts inside the right day without claiming a moment. */
const NO_TIME = '12:00';

/** What planning needs to know of a stored record: its kind and, if imported, the source row's hash. */
export type StoredLookup = (id: string) => { kind: string; import?: Pick<ImportProvenance, 'rowHash'> } | undefined;

const hasCheckinData = (c: Candidate) => Object.keys(c.values).length > 0 || c.tags.length > 0;

/**
 * Turns mapped rows into the records an import would write, checked against
 * what is stored. Nothing the person already has is replaced: Cairn keeps one
 * check-in per day, so a day that already has one keeps it. Every record is
 * validated here, so the preview shows exactly what will be written.
 */
export function planImport(mapped: Mapped, existing: StoredLookup, now: string, onProgress?: (fraction: number) => void): ImportPlan {
  const skipped: Skipped[] = [...mapped.skipped];
  const checkins: JournalCheckin[] = [];
  const entries: JournalEntry[] = [];
  let alreadyImported = 0;

  // The latest entry of a day becomes its check-in (Daylio lists several a day).
  const byDay = new Map<string, Candidate>();
  for (const c of mapped.candidates) {
    if (!hasCheckinData(c)) continue;
    const held = byDay.get(c.day);
    if (!held || (c.time ?? NO_TIME) > (held.time ?? NO_TIME)) byDay.set(c.day, c);
  }

  for (const [n, c] of mapped.candidates.entries()) {
    if (onProgress && n % 5_000 === 0) onProgress(n / mapped.candidates.length);
    // By identity, not line: a Bearable day and a note on its first line share a line number.
    const isCheckin = byDay.get(c.day) === c;
    const hasNote = c.note.length > 0 || c.title.length > 0;
    let used = false;
    let reason: string | null = null;

    if (isCheckin) {
      const id = checkinIdFor(c.day);
      const stored = existing(id);
      if (stored?.kind === 'journal.checkin' && stored.import?.rowHash === c.provenance.rowHash) {
        alreadyImported++;
        used = true;
      } else if (stored) {
        reason = `Line ${c.line}: you already have a check-in on ${c.day}; yours is kept.`;
      } else {
        const record = validated({
          kind: 'journal.checkin', id, date: c.day, ...c.values, triggers: [], coping: [], tags: c.tags, note: '',
          import: c.provenance, createdAt: now, updatedAt: now,
        });
        if (typeof record === 'string') reason = `Line ${c.line}: ${record}`;
        else {
          checkins.push(record as JournalCheckin);
          used = true;
        }
      }
    }

    if (hasNote) {
      const id = entryIdFor(c.provenance.rowHash);
      if (existing(id)) {
        if (!used) alreadyImported++;
        used = true;
      } else {
        // A title too long for Cairn's title field moves into the text rather than being cut.
        const longTitle = c.title.length > 200;
        const body = [longTitle ? c.title : '', c.note].filter(Boolean).join('\n\n') || c.title;
        const record = validated({
          kind: 'journal.entry', id, date: c.day, time: c.time ?? NO_TIME,
          title: longTitle || body === c.title ? '' : c.title, body, tags: c.tags,
          ...(c.values.mood !== undefined ? { mood: c.values.mood } : {}),
          shareWithProvider: false, import: c.provenance, createdAt: now, updatedAt: now,
        });
        if (typeof record === 'string') reason = `Line ${c.line}: ${record}`;
        else {
          entries.push(record as JournalEntry);
          used = true;
          reason = null;
        }
      }
    }

    if (!used && !reason) {
      reason = hasCheckinData(c)
        ? `Line ${c.line}: Cairn keeps one check-in a day, and line ${byDay.get(c.day)?.line} (the day's latest) is used for ${c.day}.`
        : `Line ${c.line} has no mood Cairn can use, no activities and no note.`;
    }
    if (reason) skipped.push({ line: c.line, reason });
  }

  onProgress?.(1);
  skipped.sort((a, b) => a.line - b.line);
  const days = [...checkins.map((c) => c.date), ...entries.map((e) => e.date)].sort();
  return {
    checkins,
    entries,
    skipped,
    alreadyImported,
    range: days.length > 0 ? { from: days[0]!, to: days[days.length - 1]! } : null,
  };
}

function validated(record: unknown): AnyRecord | string {
  const result = anyRecord.safeParse(record);
  return result.success ? result.data : (result.error.issues[0]?.message ?? 'this row does not make a valid record.');
}
