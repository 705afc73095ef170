import { FormMessage } from '../../ui/FormMessage';
import { PageHeader } from '../../ui/PageHeader';
import { BreathingTimer } from './BreathingTimer';
import { GroundingCard } from './GroundingCard';
import { SkillsSection } from './SkillsSection';
import { useUsedToday } from './useUsedToday';
import styles from './toolbox.module.css';

/**
 * The coping toolbox (issue 20, point 5): the person's own skills in their
 * own words, a paced-breathing timer and a 5-4-3-2-1 grounding card. Using
 * any of them can be noted in today's check-in with one press.
 */
export function ToolboxPage() {
  const used = useUsedToday();
  return (
    <section aria-labelledby="page-title" className="page toolbox-page">
      <PageHeader
        title="Coping toolbox"
        description="What helps you, kept in your own words. When you use something, press “I used this” and it goes into today’s check-in."
      />
      {used.error && <FormMessage>{used.error}</FormMessage>}
      <div className={styles.tools}>
        <BreathingTimer used={used} />
        <GroundingCard used={used} />
      </div>
      <SkillsSection used={used} />
    </section>
  );
}
