import { useMemo } from 'react';
import { Target } from 'lucide-react';
import { GOAL_STATUSES } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { ListHeading, usePanelList } from '../RecordPanel';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';
import styles from '../therapy.module.css';

/** Goals as a list that pages (active first); each opens in a panel where its check-ins are added and corrected. */
export function GoalsPanel() {
  const goals = useRecords('therapy.goal');
  const panel = usePanelList(goals);
  // Active goals first, then paused, achieved, dropped; newest start first within each.
  const ordered = useMemo(
    () => [...goals].sort((a, b) => GOAL_STATUSES.indexOf(a.status) - GOAL_STATUSES.indexOf(b.status) || b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id)),
    [goals],
  );
  const { page, pager } = usePaged(ordered, 'Goals', (g) => g.id);
  const active = goals.filter((g) => g.status === 'active').length;

  return (
    <>
      <div className={styles.listHead}>
<ListHeading id={panel.headingId}>Goals</ListHeading>
        {ordered.length > 0 ? (
          <p className="muted">
            {active} active of {goals.length} goal{goals.length === 1 ? '' : 's'}.
          </p>
        ) : null}
        {/* Always in the same place, so focus has the same button to come back to when the first goal is added. */}
        <Button variant="primary" onPress={panel.openNew}>
          New goal
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {ordered.length === 0 ? (
        <EmptyState icon={<Target size={28} />} title="No goals yet.">
          Add one you and your therapist agreed on, then check in on it from time to time.
        </EmptyState>
      ) : (
        <>
          <ul className={styles.recordList} aria-label="Goals">
            {page.map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} onOpen={() => panel.openRecord(goal.id)} onDelete={() => panel.remove(goal.id, 'Goal deleted.')} />
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
      {panel.isNew ? <GoalDialog onClose={panel.close} /> : null}
      {panel.opened ? <GoalDialog key={panel.opened.id} goal={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
