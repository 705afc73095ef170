import { useMemo, useState, type FormEvent } from 'react';
import type { TherapyExposureStep } from '../../../../shared/domain/therapy';
import { averageDropForStep } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { CardActions, ErrorLine, FormActions, NumberField, TextField } from '../fields';
import { dropText, numberOrUndefined, recordMeta } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';

export const byRank = (a: TherapyExposureStep, b: TherapyExposureStep) => a.rank - b.rank || a.expectedSuds - b.expectedSuds;

/** Add a step, or change one (its wording, expected SUDS or place on the ladder). */
function StepForm({ nextRank, editing, onDone }: { nextRank: number; editing?: TherapyExposureStep; onDone?: () => void }) {
  const { save, error, busy } = useRecordActions();
  const [situation, setSituation] = useState(editing?.situation ?? '');
  const [expectedSuds, setExpectedSuds] = useState(editing ? String(editing.expectedSuds) : '');
  const [rank, setRank] = useState(editing ? String(editing.rank) : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const step: TherapyExposureStep = {
      kind: 'therapy.exposureStep',
      ...recordMeta(editing),
      situation: situation.trim(),
      expectedSuds: numberOrUndefined(expectedSuds) as number,
      rank: rank.trim() === '' ? nextRank : (numberOrUndefined(rank) as number),
    };
    if (await save([step])) {
      clearIfSaved(setSituation, situation, '');
      clearIfSaved(setExpectedSuds, expectedSuds, '');
      clearIfSaved(setRank, rank, '');
      onDone?.();
    }
  };

  const title = editing ? `Edit step ${editing.rank}` : 'Add a ladder step';
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label={editing ? 'Edit a ladder step' : 'Add a ladder step'}>
      <h3>{title}</h3>
      <div className="th-field-row">
        <TextField label="Feared situation" value={situation} onChange={setSituation} />
        <NumberField label="Expected SUDS (0–100)" min={0} max={100} value={expectedSuds} onChange={setExpectedSuds} />
        <NumberField label="Rank" min={1} max={1000} value={rank} onChange={setRank} hint={editing ? undefined : `Blank puts it at step ${nextRank}.`} />
      </div>
      <ErrorLine error={error} />
      <FormActions busy={busy} editing={editing} addLabel="Add step" onCancel={onDone} />
    </PrivateForm>
  );
}

/** The ERP ladder, lowest rung first, each with how its exposures have gone so far. */
export function ExposureLadder() {
  const steps = useRecords('therapy.exposureStep');
  const exposures = useRecords('therapy.exposure');
  const { remove, error } = useRecordActions();
  const [editingId, setEditingId] = useState<string | null>(null);
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const nextRank = (ladder[ladder.length - 1]?.rank ?? 0) + 1;
  const editing = steps.find((s) => s.id === editingId);

  return (
    <>
      {editing ? <StepForm key={editing.id} nextRank={nextRank} editing={editing} onDone={() => setEditingId(null)} /> : <StepForm nextRank={nextRank} />}
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
                <CardActions label={`step ${step.rank}: ${step.situation}`} onEdit={() => setEditingId(step.id)} onDelete={() => void remove([step.id], 'Ladder step deleted.')} />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
