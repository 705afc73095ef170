import { useMemo } from 'react';
import { GOAL_STATUS_LABELS, MODALITY_LABELS, type TherapyGoal } from '../../../../shared/domain/therapy';
import { goalTrend } from '../../../../shared/therapy/goal-trend';
import { CardActions } from '../fields';
import { formatDay } from '../format';
import { ProgressSummary } from './ProgressSummary';
import { Sparkline } from './Sparkline';
import styles from '../therapy.module.css';

/** One goal in the list: its status and how it is moving at a glance; Open shows its check-ins in the panel. */
export function GoalCard({ goal, onOpen, onDelete }: { goal: TherapyGoal; onOpen: () => void; onDelete: () => void }) {
  const trend = useMemo(() => goalTrend(goal.checkIns), [goal.checkIns]);
  return (
    <article className={`${styles.recordCard} ${styles.goalCard}`} aria-label={goal.title} data-record-id={goal.id}>
      <header>
        <h4 className={styles.plainText}>{goal.title}</h4>
        {trend ? <Sparkline checkIns={goal.checkIns} label={`Progress of ${goal.title}: from ${trend.first.score} to ${trend.latest.score} over ${trend.count} check-ins`} /> : null}
      </header>
      <p className="muted">
        {GOAL_STATUS_LABELS[goal.status]}
        {goal.modality ? ` · ${MODALITY_LABELS[goal.modality]}` : ''} · started {formatDay(goal.startDate)}
        {goal.targetDate ? ` · target ${formatDay(goal.targetDate)}` : ''}
      </p>
      <ProgressSummary goal={goal} trend={trend} />
      <CardActions label={`goal ${goal.title}`} onEdit={onOpen} editText="Open" onDelete={onDelete} />
    </article>
  );
}
