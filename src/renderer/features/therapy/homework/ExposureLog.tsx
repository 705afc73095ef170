import { useMemo, useState, type FormEvent } from 'react';
import type { TherapyExposure } from '../../../../shared/domain/therapy';
import { sudsDrop } from '../../../../shared/therapy/exposure';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { UndoToast } from '../../../ui/UndoToast';
import { CardActions, CheckboxField, DateField, ErrorLine, NumberField, SelectField, TextArea } from '../fields';
import { dropText, formatDay, numberOrUndefined, recordMeta, today } from '../format';
import { useSaver, useUndoable } from '../useRecordActions';
import { byRank } from './ExposureLadder';

const blank = () => ({ date: today(), stepId: '', before: '', peak: '', after: '', ritualResisted: true, note: '' });

function ExposureForm() {
  const steps = useRecords('therapy.exposureStep');
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const { save, error, busy } = useSaver();
  const [draft, setDraft] = useState(blank);
  const set = (field: keyof ReturnType<typeof blank>) => (value: string | boolean) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const exposure: TherapyExposure = {
      kind: 'therapy.exposure',
      ...recordMeta(),
      date: draft.date,
      stepId: draft.stepId,
      sudsBefore: numberOrUndefined(draft.before) as number,
      sudsPeak: numberOrUndefined(draft.peak) as number,
      sudsAfter: numberOrUndefined(draft.after) as number,
      ritualResisted: draft.ritualResisted,
      note: draft.note,
    };
    if (await save([exposure])) setDraft({ ...blank(), stepId: draft.stepId });
  };

  if (ladder.length === 0) return <p className="muted">Add a step to your ladder first; each exposure is logged against one step.</p>;
  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="Log an exposure">
      <h3>Log an exposure</h3>
      <div className="th-field-row">
        <SelectField label="Ladder step" value={draft.stepId} onChange={set('stepId')}>
          <option value="">Choose a step…</option>
          {ladder.map((s) => (
            <option key={s.id} value={s.id}>
              {s.rank}. {s.situation}
            </option>
          ))}
        </SelectField>
        <DateField label="Date" value={draft.date} onChange={set('date')} />
      </div>
      <div className="th-field-row">
        <NumberField label="SUDS before (0–100)" min={0} max={100} value={draft.before} onChange={set('before')} />
        <NumberField label="SUDS at peak (0–100)" min={0} max={100} value={draft.peak} onChange={set('peak')} />
        <NumberField label="SUDS after (0–100)" min={0} max={100} value={draft.after} onChange={set('after')} />
      </div>
      <CheckboxField label="Ritual resisted" checked={draft.ritualResisted} onChange={set('ritualResisted')} />
      <TextArea label="Note (optional)" value={draft.note} onChange={set('note')} rows={2} />
      <ErrorLine error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Log exposure
      </button>
    </PrivateForm>
  );
}

export function ExposureLog() {
  const exposures = useRecords('therapy.exposure');
  const steps = useRecords('therapy.exposureStep');
  const { remove, offer, closeOffer, error } = useUndoable();
  const newestFirst = useMemo(() => [...exposures].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [exposures]);
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
          {newestFirst.map((e) => {
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
                  {e.note ? <p className="th-plain-text">{e.note}</p> : null}
                  <CardActions label={`${label}`} onDelete={() => void remove([e.id], 'Exposure deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </>
  );
}
