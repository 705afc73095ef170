import { useMemo, useState, type FormEvent } from 'react';
import type { TherapyExposureStep } from '../../../../shared/domain/therapy';
import { averageDropForStep } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { UndoToast } from '../../../ui/UndoToast';
import { ErrorLine, NumberField, TextField } from '../fields';
import { dropText, numberOrUndefined, recordMeta } from '../format';
import { useSaver, useUndoable } from '../useRecordActions';

export const byRank = (a: TherapyExposureStep, b: TherapyExposureStep) => a.rank - b.rank || a.expectedSuds - b.expectedSuds;

function StepForm({ nextRank }: { nextRank: number }) {
  const { save, error, busy } = useSaver();
  const [situation, setSituation] = useState('');
  const [expectedSuds, setExpectedSuds] = useState('');
  const [rank, setRank] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const step: TherapyExposureStep = {
      kind: 'therapy.exposureStep',
      ...recordMeta(),
      situation: situation.trim(),
      expectedSuds: numberOrUndefined(expectedSuds) as number,
      rank: rank.trim() === '' ? nextRank : (numberOrUndefined(rank) as number),
    };
    if (await save([step])) {
      setSituation('');
      setExpectedSuds('');
      setRank('');
    }
  };

  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="Add a ladder step">
      <h3>Add a ladder step</h3>
      <div className="th-field-row">
        <TextField label="Feared situation" value={situation} onChange={setSituation} />
        <NumberField label="Expected SUDS (0–100)" min={0} max={100} value={expectedSuds} onChange={setExpectedSuds} />
        <NumberField label="Rank" min={1} max={1000} value={rank} onChange={setRank} hint={`Blank puts it at step ${nextRank}.`} />
      </div>
      <ErrorLine error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Add step
      </button>
    </PrivateForm>
  );
}

/** The ERP ladder, lowest rung first, each with how its exposures have gone so far. */
export function ExposureLadder() {
  const steps = useRecords('therapy.exposureStep');
  const exposures = useRecords('therapy.exposure');
  const { remove, offer, closeOffer, error } = useUndoable();
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const nextRank = (ladder[ladder.length - 1]?.rank ?? 0) + 1;

  return (
    <>
      <StepForm nextRank={nextRank} />
      <h3>Your ladder</h3>
      <ErrorLine error={error} />
      {ladder.length === 0 ? (
        <p className="muted">No steps yet. List the situations you and your therapist plan to face, each with the distress you expect (SUDS 0–100).</p>
      ) : (
        <ol className="th-ladder" aria-label="Exposure ladder">
          {ladder.map((step) => {
            const drops = averageDropForStep(exposures, step.id);
            return (
              <li key={step.id} aria-label={`Step ${step.rank}: ${step.situation}`}>
                <span className="th-rank">{step.rank}</span>
                <div>
                  <strong className="th-plain-text">{step.situation}</strong>
                  <p className="muted">
                    Expected SUDS {step.expectedSuds}
                    {drops
                      ? ` · ${drops.count} exposure${drops.count === 1 ? '' : 's'} · average drop from before: ${dropText(drops.averageBeforeToAfter)} · from the peak: ${dropText(drops.averagePeakToAfter)}`
                      : ' · not practised yet'}
                  </p>
                </div>
                <button type="button" onClick={() => void remove([step.id], 'Ladder step deleted.')} aria-label={`Delete step ${step.rank}: ${step.situation}`}>
                  Delete
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </>
  );
}
