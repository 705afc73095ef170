import type { TherapyGoal } from '../../../../shared/domain/therapy';
import type { goalTrend } from '../../../../shared/therapy/goal-trend';
import { formatSigned } from '../format';
import styles from '../therapy.module.css';

/** The check-ins in one line (first, latest, change, weekly trend), or what to do when there are none. */
export function ProgressSummary({ goal, trend }: { goal: TherapyGoal; trend: ReturnType<typeof goalTrend> }) {
  if (!trend) return <p className="muted">No check-ins yet. Rate your progress from 0 to 10 now and then to see how it moves.</p>;
  return (
    <p className={styles.trend} aria-label={`Progress summary of ${goal.title}`}>
      {trend.count} check-in{trend.count === 1 ? '' : 's'} · first {trend.first.score}/10 · latest {trend.latest.score}/10 · change {formatSigned(trend.change)}
      {trend.slopePerWeek === null ? '' : ` · trend ${formatSigned(trend.slopePerWeek)} a week`}
    </p>
  );
}
