import { useMemo } from 'react';
import { EXPOSURE_RITUAL_LABELS, EXPOSURE_TYPE_LABELS, type TherapyExposure } from '../../../../shared/domain/therapy';
import { sudsDrop } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { dropText, formatDay } from '../format';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { ExposureForm } from './ExposureForm';

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
      {e.ritualsNote ? <p className="th-plain-text">{e.ritualsNote}</p> : null}
    </>
  );
}

export function ExposureLog() {
  const exposures = useRecords('therapy.exposure');
  const steps = useRecords('therapy.exposureStep');
  const { remove, error } = useRecordActions();
  const newestFirst = useMemo(() => [...exposures].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [exposures]);
  const { page, pager } = usePaged(newestFirst, 'Exposures');
  const stepName = (id: string) => steps.find((s) => s.id === id)?.situation ?? 'a step since removed';

  return (
    <>
      <ExposureForm />
      <h3>Exposures</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">No exposures logged yet. After each one, note your SUDS before, at the peak and after.</p>
      ) : (
        <ul className="th-record-list" aria-label="Exposures">
          {page.map((e) => {
            const drop = sudsDrop(e);
            const label = `Exposure of ${formatDay(e.date)}: ${stepName(e.stepId)}`;
            return (
              <li key={e.id}>
                <article className="th-record-card" aria-label={label}>
                  <header>
                    <h4 className="th-plain-text">{stepName(e.stepId)}</h4>
                    <span className="muted">{formatDay(e.date)}</span>
                  </header>
                  <p>
                    SUDS {e.sudsBefore} before · {e.sudsPeak} at the peak · {e.sudsAfter} after
                  </p>
                  <p className="th-drop">
                    Drop from before: {dropText(drop.beforeToAfter)} · from the peak: {dropText(drop.peakToAfter)} ·{' '}
                    {e.ritualResisted ? 'ritual resisted' : 'ritual not resisted'}
                  </p>
                  <ExposureDetails e={e} />
                  {e.note ? <p className="th-plain-text">{e.note}</p> : null}
                  <CardActions label={label} onDelete={() => void remove([e.id], 'Exposure deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {pager}
    </>
  );
}
