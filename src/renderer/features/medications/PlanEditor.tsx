import { useState } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import { daysBetween } from '../../../shared/medication/days';
import { describeStep } from '../../../shared/medication/describe';
import { planEnd, plannedSteps, stepInForce } from '../../../shared/medication/regimen';
import { StepForm } from './StepForm';
import { TaperBuilder } from './TaperBuilder';
import { withoutStep } from './records';
import { formatDate } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import styles from './medications.module.css';

interface Props {
  med: Medication;
  today: string;
  /** Saves the medication without a planned step, offering Undo. */
  onReplace: (next: Medication, message: string) => void;
}

const when = (today: string, day: string) => {
  const n = daysBetween(today, day);
  if (n <= 0) return 'not confirmed yet';
  return n === 1 ? 'tomorrow' : `in ${n} days`;
};

/** The taper or titration steps agreed with the prescriber: the one in force now and the plans ahead. */
export function PlanEditor({ med, today, onReplace }: Props) {
  const [open, setOpen] = useState<'step' | 'taper' | null>(null);
  const current = stepInForce(med, today);
  const plans = plannedSteps(med);
  const next = plans[0];

  return (
    <section aria-labelledby="meds-plan-title" className="meds-plan">
      <h2 id="meds-plan-title">Taper or titration plan</h2>
      <dl className={styles.nowNext}>
        <div>
          <dt>Current step</dt>
          <dd aria-label="Current step">{current ? `${describeStep(current, med)} (since ${formatDate(current.date)})` : 'Not started yet'}</dd>
        </div>
        <div>
          <dt>Next step</dt>
          <dd aria-label="Next step">{next ? `${describeStep(next, med)} (${when(today, next.date)})` : 'None planned'}</dd>
        </div>
      </dl>
      {plans.length === 0 ? (
        <p className="muted">
          No planned steps. If you and your prescriber agree a taper or titration, enter its dates and doses here to see
          each step as it comes.
        </p>
      ) : (
        <ol className={styles.planSteps} aria-label="Planned steps">
          {plans.map((step) => (
            <li key={step.id}>
              <span>
                {describeStep(step, med)}
                {step.reason && <span className="muted"> · {step.reason}</span>}
                {step.checkIn && <span className={styles.checkin}>Check-in: {step.checkIn}</span>}
              </span>
              <Button
                onPress={() => onReplace(withoutStep(med, step.id), 'Planned step removed.')}
                aria-label={`Remove the planned step on ${formatDate(step.date)}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      {open === 'step' && <StepForm med={med} today={today} mode="plan" onDone={() => setOpen(null)} />}
      {open === 'taper' && <TaperBuilder med={med} today={today} onDone={() => setOpen(null)} />}
      {open === null && (
        <div className="actions">
          <Button onPress={() => setOpen('step')}>
            Add a planned step
          </Button>
          {planEnd(med) && (
            <Button onPress={() => setOpen('taper')}>
              Build a taper or titration
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
