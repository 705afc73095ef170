import { useMemo, useRef, useState } from 'react';
import type { TherapyGoal } from '../../../../shared/domain/therapy';
import { goalTrend } from '../../../../shared/therapy/goal-trend';
import { useRecordActions } from '../../../db/useRecordActions';
import { Button } from '../../../ui/Button';
import { FormMessage } from '../../../ui/FormMessage';
import { formatDay } from '../format';
import { CheckInForm } from './CheckInForm';
import { ProgressSummary } from './ProgressSummary';
import styles from '../therapy.module.css';

/** Check-ins listed before "Show all": years of weekly check-ins made one goal thousands of pixels tall. */
const RECENT_CHECK_INS = 8;

/**
 * A goal's progress inside its panel: the trend, the check-ins (each can be
 * corrected or removed, with Undo) and the form that adds the next one.
 */
export function GoalCheckIns({ goal, announce }: { goal: TherapyGoal; announce: (message: string) => void }) {
  const { replace, error } = useRecordActions();
  const trend = useMemo(() => goalTrend(goal.checkIns), [goal.checkIns]);
  const history = useMemo(() => [...goal.checkIns].sort((a, b) => a.date.localeCompare(b.date)), [goal.checkIns]);
  const [showAll, setShowAll] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const listed = showAll ? history : history.slice(-RECENT_CHECK_INS);
  const editing = history.find((c) => c.id === editingId);

  const removeCheckIn = (id: string) => {
    if (id === editingId) setEditingId(null);
    void replace<'therapy.goal'>(goal.id, (g) => ({ ...g, checkIns: g.checkIns.filter((c) => c.id !== id) }), 'Check-in removed.');
  };
  // After a correction, focus goes back to the check-in's own Edit button, as it would after closing a panel.
  const doneEditing = (message: string) => {
    const id = editingId;
    setEditingId(null);
    announce(message);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-check-in="${id}"] .th-check-in-edit`)?.focus());
  };

  return (
    <section className={styles.goalProgress} aria-labelledby="goal-progress-title">
      <h3 id="goal-progress-title">Progress</h3>
      <ProgressSummary goal={goal} trend={trend} />
      {history.length > 0 ? (
        <ol className={styles.checkIns} aria-label={`Check-ins for ${goal.title}`} ref={listRef}>
          {listed.map((c) => {
            const name = `the check-in of ${formatDay(c.date)} (${c.score}/10)`;
            return (
              <li key={c.id} data-check-in={c.id} className={c.id === editingId ? styles.editing : undefined}>
                <span className={styles.checkInDate}>{formatDay(c.date)}</span>
                <strong>{c.score}/10</strong>
                <span className={styles.plainText}>{c.note}</span>
                <Button variant="quiet" className="th-check-in-edit" onPress={() => setEditingId(c.id)} aria-label={`Edit ${name}`}>
                  Edit
                </Button>
                <Button variant="quiet" onPress={() => removeCheckIn(c.id)} aria-label={`Remove ${name}`}>
                  Remove
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {history.length > RECENT_CHECK_INS ? (
        <Button variant="quiet" onPress={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? `Show the latest ${RECENT_CHECK_INS} only` : `Show all ${history.length} check-ins`}
        </Button>
      ) : null}
      {error ? <FormMessage>{error}</FormMessage> : null}
      {editing ? (
        <CheckInForm key={editing.id} goal={goal} editing={editing} onDone={doneEditing} />
      ) : (
        <CheckInForm key="new" goal={goal} onDone={announce} />
      )}
    </section>
  );
}
