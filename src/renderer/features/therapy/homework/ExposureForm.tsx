import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  EXPOSURE_RITUALS,
  EXPOSURE_RITUAL_LABELS,
  EXPOSURE_TYPES,
  EXPOSURE_TYPE_LABELS,
  type ExposureRitual,
  type ExposureType,
  therapyExposure,
  type TherapyExposure,
} from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ChipChecklist, DateField, NumberField, RadioChoice, SelectField, TextArea } from '../fields';
import { numberOrUndefined, recordMeta, today } from '../format';
import { FormMessage } from '../../../ui/FormMessage';
import { messageAt } from '../../../ui/record-form';
import { PanelActions } from '../RecordPanel';
import { byRank } from './ExposureLadder';
import { useRecordForm } from '../../../ui/useRecordForm';
import styles from '../therapy.module.css';

/** Every field empty, "Ritual resisted" included: nothing carries over to the next exposure. Named as the stored exposure names them, so the schema's messages land on their fields. */
const blank = () => ({
  date: today(),
  stepId: '',
  exposureType: '' as ExposureType | '',
  prediction: '',
  predictionLikelihood: '',
  durationMinutes: '',
  sudsBefore: '',
  sudsPeak: '',
  sudsAfter: '',
  whatHappened: '',
  rituals: [] as ExposureRitual[],
  ritualsNote: '',
  ritualResisted: '' as 'yes' | 'no' | '',
  note: '',
});
type Draft = ReturnType<typeof blank>;

const draftFrom = (e?: TherapyExposure): Draft =>
  e
    ? {
        date: e.date,
        stepId: e.stepId,
        exposureType: e.exposureType ?? '',
        prediction: e.prediction ?? '',
        predictionLikelihood: e.predictionLikelihood === undefined ? '' : String(e.predictionLikelihood),
        durationMinutes: e.durationMinutes === undefined ? '' : String(e.durationMinutes),
        sudsBefore: String(e.sudsBefore),
        sudsPeak: String(e.sudsPeak),
        sudsAfter: String(e.sudsAfter),
        whatHappened: e.whatHappened ?? '',
        rituals: e.rituals ?? [],
        ritualsNote: e.ritualsNote ?? '',
        ritualResisted: e.ritualResisted ? 'yes' : 'no',
        note: e.note,
      }
    : blank();

const RITUAL_OPTIONS = EXPOSURE_RITUALS.map((value) => ({ value, label: EXPOSURE_RITUAL_LABELS[value] }));
const TYPE_CHOICES = [{ value: '', label: 'Not said' }, ...EXPOSURE_TYPES.map((t) => ({ value: t, label: EXPOSURE_TYPE_LABELS[t] }))];
const RESISTED_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Optional text is stored only when the person wrote something. */
const optionalText = (s: string) => (s.trim() === '' ? undefined : s);

const toExposure = (draft: Draft, editing?: TherapyExposure): TherapyExposure => ({
  kind: 'therapy.exposure',
  ...recordMeta(editing),
  date: draft.date,
  stepId: draft.stepId,
  sudsBefore: numberOrUndefined(draft.sudsBefore) as number,
  sudsPeak: numberOrUndefined(draft.sudsPeak) as number,
  sudsAfter: numberOrUndefined(draft.sudsAfter) as number,
  // Unanswered stays undefined so the schema asks the person to choose.
  ritualResisted: (draft.ritualResisted === '' ? undefined : draft.ritualResisted === 'yes') as boolean,
  note: draft.note,
  exposureType: draft.exposureType === '' ? undefined : draft.exposureType,
  prediction: optionalText(draft.prediction),
  predictionLikelihood: numberOrUndefined(draft.predictionLikelihood),
  whatHappened: optionalText(draft.whatHappened),
  durationMinutes: numberOrUndefined(draft.durationMinutes),
  rituals: draft.rituals.length > 0 ? draft.rituals : undefined,
  ritualsNote: optionalText(draft.ritualsNote),
});

interface Props {
  editing?: TherapyExposure;
  busy: boolean;
  error: string;
  onSave: (exposure: TherapyExposure) => Promise<boolean>;
  onCancel: () => void;
}

/** One exposure against a ladder step: SUDS before, at the peak and after, what was feared and what happened; messages on their fields. */
export function ExposureForm({ editing, busy, error, onSave, onCancel }: Props) {
  const steps = useRecords('therapy.exposureStep');
  const ladder = useMemo(() => [...steps].sort(byRank), [steps]);
  const { control, formState, setValue, submit } = useRecordForm(therapyExposure, (d: Draft) => toExposure(d, editing), { defaultValues: draftFrom(editing), busy, onSave });
  const draft = useWatch({ control }) as Draft;
  const set =
    <F extends keyof Draft>(field: F) =>
    (value: Draft[F]) =>
      setValue(field, value as never, { shouldDirty: true });
  // Each message on its field (the field's errorMessage: aria-invalid and read with it), never a line of its own.
  const message = (f: keyof Draft) => messageAt(formState.errors, f);
  const stepChoices = useMemo(() => [{ value: '', label: 'Choose a step…' }, ...ladder.map((s) => ({ value: s.id, label: `${s.rank}. ${s.situation}` }))], [ladder]);

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={editing ? 'Edit an exposure' : 'Log an exposure'}>
      <div className={styles.fieldRow}>
        <SelectField label="Ladder step" value={draft.stepId} onChange={set('stepId')} error={message('stepId')} choices={stepChoices} />
        <DateField label="Date" value={draft.date} onChange={set('date')} error={message('date')} />
        <SelectField
          label="Type of exposure (optional)"
          value={draft.exposureType}
          onChange={(v) => set('exposureType')(v as ExposureType | '')}
          error={message('exposureType')}
          choices={TYPE_CHOICES}
        />
      </div>
      <div className={styles.fieldRow}>
        <TextArea label="What you feared would happen (optional)" value={draft.prediction} onChange={set('prediction')} rows={2} error={message('prediction')} />
        <NumberField label="How likely it felt (0–100 %)" min={0} max={100} value={draft.predictionLikelihood} onChange={set('predictionLikelihood')} error={message('predictionLikelihood')} />
      </div>
      <div className={styles.fieldRow}>
        <NumberField label="SUDS before (0–100)" min={0} max={100} value={draft.sudsBefore} onChange={set('sudsBefore')} error={message('sudsBefore')} />
        <NumberField label="SUDS at peak (0–100)" min={0} max={100} value={draft.sudsPeak} onChange={set('sudsPeak')} error={message('sudsPeak')} />
        <NumberField label="SUDS after (0–100)" min={0} max={100} value={draft.sudsAfter} onChange={set('sudsAfter')} error={message('sudsAfter')} />
        <NumberField label="Duration (minutes)" min={1} max={1440} value={draft.durationMinutes} onChange={set('durationMinutes')} error={message('durationMinutes')} />
      </div>
      <TextArea label="What actually happened (optional)" value={draft.whatHappened} onChange={set('whatHappened')} rows={2} error={message('whatHappened')} />
      <ChipChecklist legend="Safety behaviours and rituals that showed up (optional)" options={RITUAL_OPTIONS} selected={draft.rituals ?? []} onChange={set('rituals')} />
      <TextArea label="Which ones, in your words (optional)" value={draft.ritualsNote} onChange={set('ritualsNote')} rows={2} error={message('ritualsNote')} />
      <RadioChoice legend="Ritual resisted" value={draft.ritualResisted} options={RESISTED_OPTIONS} onChange={set('ritualResisted')} error={message('ritualResisted')} />
      <TextArea label="Note (optional)" value={draft.note} onChange={set('note')} rows={2} error={message('note')} />
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Log exposure" onCancel={onCancel} />
    </PrivateForm>
  );
}
