import { Link } from 'react-router';
import { SAFETY_PLAN_SECTIONS, type CrisisContact } from '../../../shared/domain/safety-plan';
import { CRISIS_EXAMPLES } from './crisis-examples';
import { isPlanEmpty, type SafetyPlanFields } from './useSafetyPlan';

function Contacts({ contacts }: { contacts: readonly CrisisContact[] }) {
  return (
    <ul className="plan-contacts">
      {contacts.map((c, i) => (
        <li key={i}>
          <strong>{c.name}</strong>
          {c.phone && <span className="plan-phone">{c.phone}</span>}
          {c.note && <span className="muted"> — {c.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The plan read-only, in the Stanley–Brown order; empty sections are left out. Text is shown as typed. */
export function SafetyPlanView({ plan, headingLevel = 3 }: { plan: SafetyPlanFields | null; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!plan || isPlanEmpty(plan)) {
    return (
      <div className="plan-view">
        <p>
          You have not written a safety plan yet. <Link to="/safety-plan">Write your safety plan</Link> in your own words.
        </p>
        <p>
          Examples of local emergency numbers:{' '}
          {CRISIS_EXAMPLES.map((e) => `${e.number} (${e.where})`).join(', ')}.
        </p>
      </div>
    );
  }
  return (
    <div className="plan-view">
      {SAFETY_PLAN_SECTIONS.map((section, i) => {
        const value = plan[section.key];
        if (Array.isArray(value) ? value.length === 0 : value.trim() === '') return null;
        return (
          <section key={section.key} className="plan-view-section" aria-label={section.title}>
            <Heading>
              {i + 1}. {section.title}
            </Heading>
            {Array.isArray(value) ? <Contacts contacts={value} /> : <p className="plan-text">{value}</p>}
          </section>
        );
      })}
    </div>
  );
}
