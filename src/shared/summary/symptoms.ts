import type { JournalCheckin } from '../domain/journal-checkin';
import type { Medication } from '../domain/medication';
import { FINISH_GROUPS, symptomWindows } from '../medication/discontinuation';
import type { SummaryPeriod } from './period';

export interface SymptomRow {
  key: string;
  label: string;
  /** Days rated in the period. */
  days: number;
  /** Mean rating over those days, 0–3, one decimal; null when never rated. */
  average: number | null;
  highest: number | null;
  highestOn: string | null;
}

export interface SymptomSummary {
  /** The medications lowered or stopped in or just before the period, with when that began. */
  tapers: { name: string; from: string }[];
  rows: SymptomRow[];
}

/**
 * Discontinuation symptoms for the printed summary: only when a taper or stop
 * touches the period. Figures only, never whether a symptom is withdrawal or relapse.
 */
export function symptomSummary(checkins: readonly JournalCheckin[], meds: readonly Medication[], period: SummaryPeriod): SymptomSummary | null {
  const tapers = meds.flatMap((med) =>
    symptomWindows(med)
      .filter((w) => w.from <= period.to && w.to >= period.from)
      .map((w) => ({ name: med.name, from: w.from })),
  );
  if (tapers.length === 0) return null;
  const inPeriod = checkins.filter((c) => c.date >= period.from && c.date <= period.to && c.symptoms).sort((a, b) => a.date.localeCompare(b.date));
  const rows = FINISH_GROUPS.map((g) => {
    const rated = inPeriod.flatMap((c) => (c.symptoms?.[g.key] === undefined ? [] : [{ day: c.date, rating: c.symptoms[g.key]! }]));
    const highest = rated.length ? Math.max(...rated.map((r) => r.rating)) : null;
    return {
      key: g.key,
      label: g.label,
      days: rated.length,
      average: rated.length ? Math.round((rated.reduce((sum, r) => sum + r.rating, 0) / rated.length) * 10) / 10 : null,
      highest,
      highestOn: rated.find((r) => r.rating === highest)?.day ?? null,
    };
  });
  return { tapers, rows };
}
