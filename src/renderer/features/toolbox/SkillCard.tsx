import { useState } from 'react';
import { Archive, Pencil } from 'lucide-react';
import type { CopingSkill } from '../../../shared/domain/coping-skill';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SkillForm } from './SkillForm';
import { UsedTodayButton } from './UsedTodayButton';
import type { useUsedToday } from './useUsedToday';
import styles from './toolbox.module.css';

interface Props {
  skill: CopingSkill;
  used: ReturnType<typeof useUsedToday>;
  otherNames: readonly string[];
  onEdit: (values: { name: string; steps: string }) => Promise<boolean>;
  onArchive: () => void;
}

/** One skill: its steps in the person's words, "I used this", and quiet edit and archive. */
export function SkillCard({ skill, used, otherNames, onEdit, onArchive }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={skill.name}
      level={3}
      className="toolbox-skill"
    >
      {editing ? (
        <SkillForm
          initial={{ name: skill.name, steps: skill.steps }}
          submitLabel={`Save ${skill.name}`}
          takenNames={otherNames}
          onCancel={() => setEditing(false)}
          onSave={async (values) => {
            const saved = await onEdit(values);
            if (saved) setEditing(false);
            return saved;
          }}
        />
      ) : (
        <>
          {skill.steps.trim() ? <p className={styles.steps}>{skill.steps}</p> : <p className="muted">No steps written yet.</p>}
          <div className={styles.skillActions}>
            <UsedTodayButton name={skill.name} used={used} />
            <span className={styles.skillQuiet}>
              <Button variant="quiet" aria-label={`Edit ${skill.name}`} onPress={() => setEditing(true)}>
                <Pencil size={16} aria-hidden="true" />
                Edit
              </Button>
              <Button variant="quiet" aria-label={`Archive ${skill.name}`} onPress={onArchive}>
                <Archive size={16} aria-hidden="true" />
                Archive
              </Button>
            </span>
          </div>
        </>
      )}
    </Card>
  );
}
