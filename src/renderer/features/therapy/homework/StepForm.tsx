import { Controller } from 'react-hook-form';
import { therapyExposureStep, type TherapyExposureStep } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { NumberField, TextField } from '../fields';
import { numberOrUndefined, recordMeta } from '../format';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

interface StepFields {
  situation: string;
  expectedSuds: string;
  rank: string;
}

const toStep = (values: StepFields, nextRank: number, editing?: TherapyExposureStep): TherapyExposureStep => ({
  kind: 'therapy.exposureStep',
  ...recordMeta(editing),
  situation: values.situation.trim(),
  expectedSuds: numberOrUndefined(values.expectedSuds) as number,
  rank: values.rank.trim() === '' ? nextRank : (numberOrUndefined(values.rank) as number),
});

interface Props {
  editing?: TherapyExposureStep;
  /** Where a step goes when its rank is left blank: the top of the ladder. */
  nextRank: number;
  busy: boolean;
  error: string;
  onSave: (step: TherapyExposureStep) => Promise<boolean>;
  onCancel: () => void;
}

/** Add a step, or change one (its wording, expected SUDS or place on the ladder); checked against the stored step's schema. */
export function StepForm({ editing, nextRank, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyExposureStep, (v: StepFields) => toStep(v, nextRank, editing), {
    defaultValues: {
      situation: editing?.situation ?? '',
      expectedSuds: editing ? String(editing.expectedSuds) : '',
      rank: editing ? String(editing.rank) : '',
    },
    busy,
    onSave,
  });

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={editing ? 'Edit a ladder step' : 'Add a ladder step'}>
      <Controller
        control={control}
        name="situation"
        render={({ field, fieldState }) => <TextField label="Feared situation" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="expectedSuds"
          render={({ field, fieldState }) => <NumberField label="Expected SUDS (0–100)" min={0} max={100} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        <Controller
          control={control}
          name="rank"
          render={({ field, fieldState }) => (
            <NumberField label="Rank" min={1} max={1000} value={field.value} onChange={field.onChange} error={fieldState.error?.message} hint={editing ? undefined : `Blank puts it at step ${nextRank}.`} />
          )}
        />
      </div>
      {error ? <FormMessage>{error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Add step" onCancel={onCancel} />
    </PrivateForm>
  );
}
