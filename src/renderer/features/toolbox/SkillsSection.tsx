import { useCallback, useState } from 'react';
import { Plus, Sparkle } from 'lucide-react';
import type { CopingSkill } from '../../../shared/domain/coping-skill';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FormMessage } from '../../ui/FormMessage';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { SkillCard } from './SkillCard';
import { SkillForm } from './SkillForm';
import type { useUsedToday } from './useUsedToday';
import { newId, stampNow as stamp } from '../../db/record-stamp';
import styles from './toolbox.module.css';

const newSkillId = () => `coping-${newId()}`;

/** The person's own coping skills: add, edit, archive (with Undo), and bring back an archived one. */
export function SkillsSection({ used }: { used: ReturnType<typeof useUsedToday> }) {
  const { repository } = useVault();
  const all = useRecords('coping.skill');
  const skills = [...all].filter((s) => !s.archived).sort((a, b) => a.name.localeCompare(b.name));
  const archived = all.filter((s) => s.archived);
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [error, setError] = useState('');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const closeOffer = useCallback(() => setOffer(null), []);

  const save = async (record: CopingSkill): Promise<boolean> => {
    try {
      // 'stored': the form empties when the list shows the skill (see MeasureForm).
      await repository.save([record], 'stored');
      setError('');
      return true;
    } catch (e) {
      setError(`Not saved: ${(e as Error).message}`);
      return false;
    }
  };
  const namesBut = (id?: string) => all.filter((s) => s.id !== id).map((s) => s.name);

  const add = async ({ name, steps }: { name: string; steps: string }) => {
    const at = stamp();
    const saved = await save({ kind: 'coping.skill', id: newSkillId(), createdAt: at, updatedAt: at, name, steps, archived: false });
    if (saved) setAdding(false);
    return saved;
  };
  const setArchived = async (skill: CopingSkill, value: boolean) => {
    if (await save({ ...skill, archived: value, updatedAt: stamp() })) {
      setOffer(value ? { message: `Archived ${skill.name}.`, undo: () => void save(skill) } : null);
    }
  };

  return (
    <section aria-labelledby="toolbox-skills" className="toolbox-section">
      <div className={styles.sectionHead}>
        <h2 id="toolbox-skills">Your coping skills</h2>
        {!adding && skills.length > 0 && (
          <Button onPress={() => setAdding(true)}>
            <Plus size={16} aria-hidden="true" />
            Add a skill
          </Button>
        )}
      </div>
      {error && <FormMessage>{error}</FormMessage>}
      {adding || skills.length === 0 ? (
        <div className={styles.add}>
          {skills.length === 0 && !adding && (
            <EmptyState icon={<Sparkle size={22} />} title="No coping skills here yet.">
              <p>Write down something that helps you on a hard day, in your own words, so it is here when you need it.</p>
            </EmptyState>
          )}
          <SkillForm submitLabel="Add skill" takenNames={namesBut()} onSave={add} onCancel={adding ? () => setAdding(false) : undefined} />
        </div>
      ) : null}
      <div className={styles.skills}>
        {skills.map((skill) => (
          <SkillCard
            key={skill.id}
            skill={skill}
            used={used}
            otherNames={namesBut(skill.id)}
            onEdit={(values) => save({ ...skill, ...values, updatedAt: stamp() })}
            onArchive={() => void setArchived(skill, true)}
          />
        ))}
      </div>
      {archived.length > 0 && (
        <div className={styles.archived}>
          <Button variant="quiet" aria-expanded={showArchived} onPress={() => setShowArchived((v) => !v)}>
            {showArchived ? 'Hide archived skills' : `Show archived skills (${archived.length})`}
          </Button>
          {showArchived && (
            <ul>
              {archived.map((s) => (
                <li key={s.id}>
                  {s.name}{' '}
                  <Button variant="quiet" aria-label={`Bring back ${s.name}`} onPress={() => void setArchived(s, false)}>
                    Bring back
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
