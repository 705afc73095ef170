import { useMemo } from 'react';
import { Footprints } from 'lucide-react';
import type { TherapyExposureStep } from '../../../../shared/domain/therapy';
import { averageDropForStep } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { CardActions, ErrorLine } from '../fields';
import { dropText } from '../format';
import { usePaged } from '../Paged';
import { ListHeading, RecordPanel, usePanelList } from '../RecordPanel';
import { StepForm } from './StepForm';
import styles from '../therapy.module.css';

export const byRank = (a: TherapyExposureStep, b: TherapyExposureStep) => a.rank - b.rank || a.expectedSuds - b.expectedSuds;

/** One ladder step in a panel over the ladder (RecordPanel: a new step closes once added). */
function StepDialog({ step, nextRank, onClose }: { step?: TherapyExposureStep; nextRank: number; onClose: () => void }) {
  return (
    <RecordPanel<TherapyExposureStep> title={step ? `Step ${step.rank}: ${step.situation}` : 'Add a ladder step'} isNew={!step} onClose={onClose}>
      {({ onSave, busy, error }) => <StepForm editing={step} nextRank={nextRank} busy={busy} error={error} onSave={onSave} onCancel={onClose} />}
    </RecordPanel>
  );
}

/** The ERP ladder, lowest rung first, each with how its exposures have gone so far. */
export function ExposureLadder() {
  const steps = useRecords('therapy.exposureStep');
  const exposures = useRecords('therapy.exposure');
  const panel = usePanelList(steps);
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const { page, pager } = usePaged(ladder, 'Exposure ladder', (s) => s.id);
  const nextRank = (ladder[ladder.length - 1]?.rank ?? 0) + 1;

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Your ladder</ListHeading>
        <Button variant="primary" onPress={panel.openNew}>
          New step
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {ladder.length === 0 ? (
        <EmptyState icon={<Footprints size={28} />} title="No steps yet.">
          List the situations you and your therapist plan to face, each with the distress you expect (SUDS 0–100).
        </EmptyState>
      ) : (
        <ol className={styles.ladder} aria-label="Exposure ladder">
          {page.map((step) => {
            const drops = averageDropForStep(exposures, step.id);
            return (
              <li key={step.id} aria-label={`Step ${step.rank}: ${step.situation}`} data-record-id={step.id}>
                <span className={styles.rank}>{step.rank}</span>
                <div>
                  <strong className={styles.plainText}>{step.situation}</strong>
                  <p className="muted">
                    Expected SUDS {step.expectedSuds}
                    {drops
                      ? ` · ${drops.count} exposure${drops.count === 1 ? '' : 's'} · average drop from before: ${dropText(drops.averageBeforeToAfter)} · from the peak: ${dropText(drops.averagePeakToAfter)}`
                      : ' · not practised yet'}
                  </p>
                </div>
                <CardActions label={`step ${step.rank}: ${step.situation}`} onEdit={() => panel.openRecord(step.id)} editText="Open" onDelete={() => panel.remove(step.id, 'Ladder step deleted.')} />
              </li>
            );
          })}
        </ol>
      )}
      {pager}
      {panel.isNew ? <StepDialog nextRank={nextRank} onClose={panel.close} /> : null}
      {panel.opened ? <StepDialog key={panel.opened.id} step={panel.opened} nextRank={nextRank} onClose={panel.close} /> : null}
    </>
  );
}
