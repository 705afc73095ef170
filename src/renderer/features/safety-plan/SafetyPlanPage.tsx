import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isPlanEmpty, PlanReadOnly } from '../../app/safety/PlanReadOnly';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import { useSafetyPlan } from './useSafetyPlan';
import styles from './safety-plan.module.css';
import { Button } from '../../ui/Button';

/** The plan opens read-only (it is read in hard moments); Edit turns it into the form. `?edit=1` opens the form. */
export function SafetyPlanPage() {
  const [plan] = useSafetyPlan();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const empty = isPlanEmpty(plan);

  // After saving, the read-only plan returns (a navigation later) and focus goes to its Edit button.
  useEffect(() => {
    if (saved && !editing) editButton.current?.focus();
  }, [saved, editing]);

  const edit = () => {
    setSaved(false);
    setParams({ edit: '1' });
  };

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Safety plan</h1>
      <p className="lead">
        A plan for hard moments, in your own words. It is stored encrypted on this computer and opens from every screen
        with Ctrl+Shift+S (⇧⌘S on a Mac).
      </p>
      {editing ? (
        <SafetyPlanEditor
          onSaved={() => {
            setSaved(true);
            setParams({});
          }}
          onCancel={() => setParams({})}
        />
      ) : (
        <>
          <p role="status" className={styles.saved}>
            {saved ? 'Your safety plan is saved.' : ''}
          </p>
          {empty || !plan ? (
            <p>You have not written a safety plan yet.</p>
          ) : (
            <PlanReadOnly plan={plan} />
          )}
          <div className="actions">
            <Button variant="primary" ref={editButton} onPress={edit}>
              {empty ? 'Write my safety plan' : 'Edit safety plan'}
            </Button>
          </div>
          <p className={styles.notice}>Cairn is private: nobody monitors it, so it cannot send help.</p>
        </>
      )}
    </section>
  );
}
