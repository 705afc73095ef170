import { startTransition, useMemo, useOptimistic, useState } from 'react';
import { GOAL_STATUSES, GOAL_STATUS_LABELS, MODALITY_LABELS, type GoalStatus, type TherapyGoal } from '../../../../shared/domain/therapy';
import { goalTrend } from '../../../../shared/therapy/goal-trend';
import { ErrorLine, Labelled, SelectField } from '../fields';
import { formatDay, formatSigned } from '../format';
import { useRecordActions, type RecordActions } from '../../../db/useRecordActions';
import { CheckInForm } from './CheckInForm';
import { Sparkline } from './Sparkline';
import { Button } from '../../../ui/Button';



/** Check-ins listed before "Show all": years of weekly check-ins made one goal thousands of pixels tall. */
const RECENT_CHECK_INS = 8;

export function GoalCard({ goal, undoable }: { goal: TherapyGoal; undoable: RecordActions }) {
  const { update, error } = useRecordActions();
  const trend = useMemo(() => goalTrend(goal.checkIns), [goal.checkIns]);
  const history = useMemo(() => [...goal.checkIns].sort((a, b) => a.date.localeCompare(b.date)), [goal.checkIns]);
  const [showAll, setShowAll] = useState(false);
  const listed = showAll ? history : history.slice(-RECENT_CHECK_INS);

  // The select shows the choice at once rather than snapping back while the save is under way.
  const [status, setOptimisticStatus] = useOptimistic(goal.status);
  const setStatus = (next: GoalStatus) =>
    startTransition(async () => {
      setOptimisticStatus(next);
      await update<'therapy.goal'>(goal.id, (g) => ({ ...g, status: next }));
    });
  const removeCheckIn = (id: string) =>
    void undoable.replace<'therapy.goal'>(goal.id, (g) => ({ ...g, checkIns: g.checkIns.filter((c) => c.id !== id) }), 'Check-in removed.');

  return (
    <article className="th-record-card th-goal-card" aria-label={goal.title}>
      <header>
        <h4>{goal.title}</h4>
        {trend ? <Sparkline checkIns={goal.checkIns} label={`Progress of ${goal.title}: from ${trend.first.score} to ${trend.latest.score} over ${trend.count} check-ins`} /> : null}
      </header>
      <p className="muted">
        {goal.modality ? `${MODALITY_LABELS[goal.modality]} · ` : ''}
        Started {formatDay(goal.startDate)}
        {goal.targetDate ? ` · target ${formatDay(goal.targetDate)}` : ''}
      </p>
      {goal.why ? <Labelled term="Why it matters" text={goal.why} /> : null}
      <div className="th-status">
        <SelectField label="Status" value={status} onChange={(v) => setStatus(v as GoalStatus)}>
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {GOAL_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorLine error={error} />
      {trend ? (
        <p className="th-trend" aria-label="Progress summary">
          {trend.count} check-in{trend.count === 1 ? '' : 's'} · first {trend.first.score}/10 · latest {trend.latest.score}/10 · change{' '}
          {formatSigned(trend.change)}
          {trend.slopePerWeek === null ? '' : ` · trend ${formatSigned(trend.slopePerWeek)} a week`}
        </p>
      ) : (
        <p className="muted">No check-ins yet. Rate your progress from 0 to 10 now and then to see how it moves.</p>
      )}
      {history.length > 0 ? (
        <ol className="th-check-ins" aria-label={`Check-ins for ${goal.title}`}>
          {listed.map((c) => (
            <li key={c.id}>
              <span className="th-check-in-date">{formatDay(c.date)}</span>
              <strong>{c.score}/10</strong>
              <span className="th-plain-text">{c.note}</span>
              <Button variant="quiet" onPress={() => removeCheckIn(c.id)} aria-label={`Remove the check-in of ${formatDay(c.date)} (${c.score}/10)`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {history.length > RECENT_CHECK_INS ? (
        <Button variant="quiet" onPress={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? `Show the latest ${RECENT_CHECK_INS} only` : `Show all ${history.length} check-ins`}
        </Button>
      ) : null}
      <CheckInForm goal={goal} />
      <div className="th-card-actions">
        <Button onPress={() => void undoable.remove([goal.id], 'Goal deleted.')} aria-label={`Delete goal ${goal.title}`}>
          Delete goal
        </Button>
      </div>
    </article>
  );
}
