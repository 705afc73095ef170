import { Hand } from 'lucide-react';
import { GROUNDING_54321 } from '../../../shared/coping/used-today';
import { Card } from '../../ui/Card';
import { UsedTodayButton } from './UsedTodayButton';
import type { useUsedToday } from './useUsedToday';
import styles from './toolbox.module.css';

const STEPS = [
  { count: 5, text: 'things you can see' },
  { count: 4, text: 'things you can touch or feel' },
  { count: 3, text: 'things you can hear' },
  { count: 2, text: 'things you can smell' },
  { count: 1, text: 'thing you can taste' },
] as const;

/** The 5-4-3-2-1 grounding card: name what your senses find, slowly, one at a time. */
export function GroundingCard({ used }: { used: ReturnType<typeof useUsedToday> }) {
  return (
    <Card title="5-4-3-2-1 grounding" icon={<Hand size={18} />} className="toolbox-grounding">
      <p className="muted">Look around you and name, in your head or out loud, one at a time:</p>
      <ol className={styles.groundingSteps}>
        {STEPS.map((s) => (
          <li key={s.count}>
            <span className={styles.groundingCount} aria-hidden="true">
              {s.count}
            </span>
            <span>
              <span className="visually-hidden">{s.count} </span>
              {s.text}
            </span>
          </li>
        ))}
      </ol>
      <UsedTodayButton name={GROUNDING_54321} used={used} />
    </Card>
  );
}
