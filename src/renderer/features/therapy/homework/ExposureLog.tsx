import { useMemo } from 'react';
import { EXPOSURE_RITUAL_LABELS, EXPOSURE_TYPE_LABELS, type TherapyExposure } from '../../../../shared/domain/therapy';
import { sudsDrop } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { dropText, formatDay } from '../format';
import { usePaged } from '../Paged';
import { Button } from '../../../ui/Button';
import { ListHeading, RecordPanel, usePanelList } from '../RecordPanel';
import { ExposureForm } from './ExposureForm';
import styles from '../therapy.module.css';

function ExposureDetails({ e }: { e: TherapyExposure }) {
  const facts = [
    e.exposureType ? EXPOSURE_TYPE_LABELS[e.exposureType] : '',
    e.durationMinutes === undefined ? '' : `${e.durationMinutes} min`,
    e.predictionLikelihood === undefined ? '' : `felt ${e.predictionLikelihood} % likely`,
  ].filter(Boolean);
  return (
    <>
      {facts.length > 0 ? <p className="muted">{facts.join(' · ')}</p> : null}
      {e.prediction ? <Labelled term="Feared" text={e.prediction} /> : null}
      {e.whatHappened ? <Labelled term="What actually happened" text={e.whatHappened} /> : null}
      {e.rituals?.length ? <Labelled term="Safety behaviours and rituals" text={e.rituals.map((r) => EXPOSURE_RITUAL_LABELS[r]).join('; ')} /> : null}
      {e.ritualsNote ? <p className={styles.plainText}>{e.ritualsNote}</p> : null}
    </>
  );
}

function ExposureDialog({ exposure, title, onClose }: { exposure?: TherapyExposure; title: string; onClose: () => void }) {
  return (
    <RecordPanel<TherapyExposure> title={title} isNew={!exposure} onClose={onClose}>
      {({ onSave, busy, error }) => <ExposureForm editing={exposure} busy={busy} error={error} onSave={onSave} onCancel={onClose} />}
    </RecordPanel>
  );
}

/** Exposures as a list that pages, newest first; each is logged and opened in a panel. */
export function ExposureLog() {
  const exposures = useRecords('therapy.exposure');
  const steps = useRecords('therapy.exposureStep');
  const panel = usePanelList(exposures);
  const newestFirst = useMemo(() => [...exposures].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [exposures]);
  const { page, pager } = usePaged(newestFirst, 'Exposures', (e) => e.id);
  const stepName = (id: string) => steps.find((s) => s.id === id)?.situation ?? 'a step since removed';
  const titleOf = (e: TherapyExposure) => `Exposure of ${formatDay(e.date)}: ${stepName(e.stepId)}`;

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Exposures</ListHeading>
        {steps.length > 0 ? (
          <Button variant="primary" onPress={panel.openNew}>
            Log an exposure
          </Button>
        ) : null}
      </div>
      <ErrorLine error={panel.error} />
      {steps.length === 0 ? <p className="muted">Add a step to your ladder first; each exposure is logged against one step.</p> : null}
      {newestFirst.length === 0 ? (
        <p className="muted">No exposures logged yet. After each one, note your SUDS before, at the peak and after.</p>
      ) : (
        <ul className={styles.recordList} aria-label="Exposures">
          {page.map((e) => {
            const drop = sudsDrop(e);
            const label = titleOf(e);
            return (
              <li key={e.id}>
                <article className={styles.recordCard} aria-label={label} data-record-id={e.id}>
                  <header>
                    <h4 className={styles.plainText}>{stepName(e.stepId)}</h4>
                    <span className="muted">{formatDay(e.date)}</span>
                  </header>
                  <p>
                    SUDS {e.sudsBefore} before · {e.sudsPeak} at the peak · {e.sudsAfter} after
                  </p>
                  <p className={styles.drop}>
                    Drop from before: {dropText(drop.beforeToAfter)} · from the peak: {dropText(drop.peakToAfter)} ·{' '}
                    {e.ritualResisted ? 'ritual resisted' : 'ritual not resisted'}
                  </p>
                  <ExposureDetails e={e} />
                  {e.note ? <p className={styles.plainText}>{e.note}</p> : null}
                  <CardActions label={label} onEdit={() => panel.openRecord(e.id)} editText="Open" onDelete={() => panel.remove(e.id, 'Exposure deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {pager}
      {panel.isNew ? <ExposureDialog title="Log an exposure" onClose={panel.close} /> : null}
      {panel.opened ? <ExposureDialog key={panel.opened.id} exposure={panel.opened} title={titleOf(panel.opened)} onClose={panel.close} /> : null}
    </>
  );
}
