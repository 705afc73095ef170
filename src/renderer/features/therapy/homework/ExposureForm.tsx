import { useMemo, useState, type FormEvent } from 'react';
import {
  EXPOSURE_RITUALS,
  EXPOSURE_RITUAL_LABELS,
  EXPOSURE_TYPES,
  EXPOSURE_TYPE_LABELS,
  type ExposureRitual,
  type ExposureType,
  type TherapyExposure,
} from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ChipChecklist, DateField, ErrorLine, NumberField, RadioChoice, SelectField, TextArea } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { byRank } from './ExposureLadder';
import { clearSavedFields } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

/** Every field empty, "Ritual resisted" included: after a save nothing carries over to the next exposure. */
const blank = () => ({
  date: today(),
  stepId: '',
  type: '' as ExposureType | '',
  prediction: '',
  likelihood: '',
  minutes: '',
  before: '',
  peak: '',
  after: '',
  whatHappened: '',
  rituals: [] as ExposureRitual[],
  ritualsNote: '',
  ritualResisted: '' as 'yes' | 'no' | '',
  note: '',
});
type Draft = ReturnType<typeof blank>;

const RITUAL_OPTIONS = EXPOSURE_RITUALS.map((value) => ({ value, label: EXPOSURE_RITUAL_LABELS[value] }));
const RESISTED_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Optional text is stored only when the person wrote something. */
const optionalText = (s: string) => (s.trim() === '' ? undefined : s);

export function ExposureForm() {
  const steps = useRecords('therapy.exposureStep');
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const { save, error, busy } = useRecordActions();
  const [draft, setDraft] = useState(blank);
  const set =
    <F extends keyof Draft>(field: F) =>
    (value: Draft[F]) =>
      setDraft((d) => ({ ...d, [field]: value }));

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
      // Unanswered stays undefined so the schema asks the person to choose.
      ritualResisted: (draft.ritualResisted === '' ? undefined : draft.ritualResisted === 'yes') as boolean,
      note: draft.note,
      exposureType: draft.type === '' ? undefined : draft.type,
      prediction: optionalText(draft.prediction),
      predictionLikelihood: numberOrUndefined(draft.likelihood),
      whatHappened: optionalText(draft.whatHappened),
      durationMinutes: numberOrUndefined(draft.minutes),
      rituals: draft.rituals.length > 0 ? draft.rituals : undefined,
      ritualsNote: optionalText(draft.ritualsNote),
    };
    if (await save([exposure])) clearSavedFields(setDraft, draft, blank());
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
        <SelectField label="Type of exposure (optional)" value={draft.type} onChange={(v) => set('type')(v as ExposureType | '')}>
          <option value="">Not said</option>
          {EXPOSURE_TYPES.map((t) => (
            <option key={t} value={t}>
              {EXPOSURE_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="th-field-row">
        <TextArea label="What you feared would happen (optional)" value={draft.prediction} onChange={set('prediction')} rows={2} />
        <NumberField label="How likely it felt (0–100 %)" min={0} max={100} value={draft.likelihood} onChange={set('likelihood')} />
      </div>
      <div className="th-field-row">
        <NumberField label="SUDS before (0–100)" min={0} max={100} value={draft.before} onChange={set('before')} />
        <NumberField label="SUDS at peak (0–100)" min={0} max={100} value={draft.peak} onChange={set('peak')} />
        <NumberField label="SUDS after (0–100)" min={0} max={100} value={draft.after} onChange={set('after')} />
        <NumberField label="Duration (minutes)" min={1} max={1440} value={draft.minutes} onChange={set('minutes')} />
      </div>
      <TextArea label="What actually happened (optional)" value={draft.whatHappened} onChange={set('whatHappened')} rows={2} />
      <ChipChecklist
        legend="Safety behaviours and rituals that showed up (optional)"
        options={RITUAL_OPTIONS}
        selected={draft.rituals}
        onChange={set('rituals')}
      />
      <TextArea label="Which ones, in your words (optional)" value={draft.ritualsNote} onChange={set('ritualsNote')} rows={2} />
      <RadioChoice legend="Ritual resisted" value={draft.ritualResisted} options={RESISTED_OPTIONS} onChange={set('ritualResisted')} />
      <TextArea label="Note (optional)" value={draft.note} onChange={set('note')} rows={2} />
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Log exposure
      </Button>
    </PrivateForm>
  );
}
