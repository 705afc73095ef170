import { useMemo } from 'react';
import { GOAL_STATUSES } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';

export function GoalsPanel() {
  const goals = useRecords('therapy.goal');
  const undoable = useRecordActions();
  // Active goals first, then paused, achieved, dropped; newest start first within each.
  const ordered = useMemo(
    () =>
      [...goals].sort(
        (a, b) => GOAL_STATUSES.indexOf(a.status) - GOAL_STATUSES.indexOf(b.status) || b.startDate.localeCompare(a.startDate),
      ),
    [goals],
  );
  const { page, pager } = usePaged(ordered, 'Goals');

  return (
    <>
      <GoalForm />
      <h3>Goals</h3>
      <ErrorLine error={undoable.error} />
      {ordered.length === 0 ? (
        <p className="muted">No goals yet. Add one you and your therapist agreed on, then check in on it from time to time.</p>
      ) : (
        <ul className="th-record-list" aria-label="Goals">
          {page.map((goal) => (
            <li key={goal.id}>
              <GoalCard goal={goal} undoable={undoable} />
            </li>
          ))}
        </ul>
      )}
      {pager}
    </>
  );
}
