import { SAFETY_PLAN_SECTIONS, type CrisisContact, type SafetyPlanRecord, type SafetyPlanSectionKey } from '../../../shared/domain/safety-plan';
import styles from './safety-screen.module.css';

export type SafetyPlanFields = Omit<SafetyPlanRecord, 'id' | 'kind' | 'createdAt' | 'updatedAt'>;

export function isPlanEmpty(plan: SafetyPlanFields | null): boolean {
  if (!plan) return true;
  return Object.values(plan).every((v) => (Array.isArray(v) ? v.length === 0 : String(v).trim() === ''));
}

/** The plan page keeps the Stanley–Brown order; the safety screen puts contacts and coping steps first (CLINICAL.md). */
export const PLAN_ORDER: readonly SafetyPlanSectionKey[] = SAFETY_PLAN_SECTIONS.map((s) => s.key);
export const SCREEN_ORDER: readonly SafetyPlanSectionKey[] = [
  'peopleToAsk',
  'professionals',
  'copingOnMyOwn',
  'distractions',
  'reasonsForLiving',
  'saferSurroundings',
  'warningSigns',
];

function Contacts({ contacts }: { contacts: readonly CrisisContact[] }) {
  return (
    <ul className={styles.planContacts}>
      {contacts.map((c, i) => (
        <li key={i}>
          <strong>{c.name}</strong>
          {c.phone && <span className={styles.planPhone}>{c.phone}</span>}
          {c.note && <span className="muted"> — {c.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The person's plan, read-only; empty sections are left out. Text shows as typed, never as markup. */
export function PlanReadOnly({
  plan,
  order = PLAN_ORDER,
  headingLevel = 2,
}: {
  plan: SafetyPlanFields;
  order?: readonly SafetyPlanSectionKey[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="plan-view">
      {order.map((key) => {
        const section = SAFETY_PLAN_SECTIONS.find((s) => s.key === key)!;
        const value = plan[key];
        if (Array.isArray(value) ? value.length === 0 : value.trim() === '') return null;
        return (
          <section key={key} className={styles.planViewSection} aria-label={section.title}>
            <Heading>{section.title}</Heading>
            {Array.isArray(value) ? <Contacts contacts={value} /> : <p className={styles.planText}>{value}</p>}
          </section>
        );
      })}
    </div>
  );
}
