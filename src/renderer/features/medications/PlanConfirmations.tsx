import { useState } from 'react';
import type { Medication, RegimenStep } from '../../../shared/domain/medication';
import { confirmQuestion } from '../../../shared/medication/describe';
import { plansToConfirm } from '../../../shared/medication/regimen';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { confirmStep } from './records';
import { StepForm } from './StepForm';
import { useRecordActions } from '../../db/useRecordActions';
import styles from './medications.module.css';

/**
 * Asks about each plan whose day has come: "Decreased to 50 mg on 1 Dec 2026?
 * Yes / Not yet / Different dose". Until the person answers Yes (or enters
 * what they took instead) the plan stays a plan everywhere (CLINICAL.md).
 */
export function PlanConfirmations({ meds, today }: { meds: readonly Medication[]; today: string }) {
  const { save, error } = useRecordActions();
  // "Not yet" leaves the plan as it is; the question comes back next time this view opens.
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const [different, setDifferent] = useState<string | null>(null);
  const due = meds.flatMap((med) => plansToConfirm(med, today).map((step) => ({ med, step }))).filter((d) => !later.has(d.step.id));
  if (due.length === 0) return null;

  const question = (med: Medication, step: RegimenStep) => `${med.name}: ${confirmQuestion(step, med)}`;
  return (
    <section aria-labelledby="meds-confirm-title" className={styles.confirm}>
      <h2 id="meds-confirm-title">Planned changes to confirm</h2>
      <p className={`muted ${styles.hint}`}>A planned change counts as your dose only once you confirm it happened.</p>
      <ul className={styles.confirmList}>
        {due.map(({ med, step }) => (
          <li key={step.id}>
            <p>{question(med, step)}</p>
            {different === step.id ? (
              <StepForm med={med} today={today} mode="actual" plan={step} onDone={() => setDifferent(null)} />
            ) : (
              <div className="actions" role="group" aria-label={question(med, step)}>
                <Button variant="primary" onPress={() => void save([confirmStep(med, step.id)])}>
                  Yes
                </Button>
                <Button onPress={() => setLater(new Set([...later, step.id]))}>Not yet</Button>
                <Button onPress={() => setDifferent(step.id)}>Different dose</Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <FormMessage>{error}</FormMessage>
    </section>
  );
}
