import { THINKING_TRAPS, THINKING_TRAP_LABELS, type TherapyThoughtRecord, type ThinkingTrap } from '../domain/therapy-thought-record';

export interface TrapCount {
  trap: ThinkingTrap;
  label: string;
  /** Thought records in the period on which the person picked it. */
  records: number;
}

export interface TrapCounts {
  /** Thought records in the period, with or without traps picked. */
  thoughtRecords: number;
  /** Traps picked at least once, most often first; ties in CLINICAL.md's order. */
  counts: TrapCount[];
}

type Record = Pick<TherapyThoughtRecord, 'date' | 'traps'>;

/** How often the person picked each thinking trap on thought records dated within [from, to]. Cairn never assigns one. */
export function trapCounts(records: readonly Record[], from: string, to: string): TrapCounts {
  const inPeriod = records.filter((r) => r.date >= from && r.date <= to);
  const counts = THINKING_TRAPS.map((trap) => ({
    trap,
    label: THINKING_TRAP_LABELS[trap],
    records: inPeriod.filter((r) => r.traps?.includes(trap)).length,
  }))
    .filter((c) => c.records > 0)
    // A stable sort keeps CLINICAL.md's order among equal counts.
    .sort((a, b) => b.records - a.records);
  return { thoughtRecords: inPeriod.length, counts };
}
