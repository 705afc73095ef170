import type { GoalCheckIn } from '../domain/therapy';

export interface GoalTrend {
  count: number;
  first: { date: string; score: number };
  latest: { date: string; score: number };
  /** latest.score - first.score */
  change: number;
  /**
   * Least-squares slope of score against time, in points per week. Null while
   * the check-ins span a single day (there is no line through one moment).
   */
  slopePerWeek: number | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

/** Progress of a goal from its check-ins, oldest first; null with no check-in. */
export function goalTrend(checkIns: readonly GoalCheckIn[]): GoalTrend | null {
  // Stable sort keeps same-day check-ins in the order they were added.
  const ordered = [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
  const first = ordered[0];
  const latest = ordered[ordered.length - 1];
  if (!first || !latest) return null;

  const points = ordered.map((c) => ({ x: dayNumber(c.date), y: c.score }));
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }

  return {
    count: ordered.length,
    first: { date: first.date, score: first.score },
    latest: { date: latest.date, score: latest.score },
    change: latest.score - first.score,
    slopePerWeek: variance === 0 ? null : (covariance / variance) * 7,
  };
}
