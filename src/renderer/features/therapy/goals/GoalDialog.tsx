import type { TherapyGoal } from '../../../../shared/domain/therapy';
import { UndoProvider } from '../../../ui/UndoProvider';
import { RecordPanel } from '../RecordPanel';
import { GoalCheckIns } from './GoalCheckIns';
import { GoalForm } from './GoalForm';

/**
 * One goal in a panel over the list: its details (RecordPanel's rules: a new
 * goal closes once saved) and, for a goal already kept, its check-ins.
 */
export function GoalDialog({ goal, onClose }: { goal?: TherapyGoal; onClose: () => void }) {
  return (
    <RecordPanel<TherapyGoal> title={goal ? goal.title : 'New goal'} isNew={!goal} onClose={onClose}>
      {({ onSave, busy, error, announce }) => (
        <>
          <GoalForm editing={goal} title={goal ? `Edit ${goal.title}` : 'New goal'} busy={busy} error={error} onSave={onSave} onCancel={onClose} />
          {/* Removing a check-in offers Undo inside the panel: the shell's toast sits behind the modal, out of reach. */}
          {goal ? (
            <UndoProvider>
              <GoalCheckIns goal={goal} announce={announce} />
            </UndoProvider>
          ) : null}
        </>
      )}
    </RecordPanel>
  );
}
