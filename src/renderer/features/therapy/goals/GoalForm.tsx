import { Controller } from 'react-hook-form';
import { GOAL_STATUSES, GOAL_STATUS_LABELS, MODALITIES, MODALITY_LABELS, therapyGoal, type GoalStatus, type Modality, type TherapyGoal } from '../../../../shared/domain/therapy';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, SelectField, TextArea, TextField } from '../fields';
import { recordMeta, today } from '../format';
import { useRecordForm } from '../../../ui/useRecordForm';
import { PanelActions } from '../RecordPanel';
import styles from '../therapy.module.css';

const MODALITY_CHOICES = [{ value: '', label: 'Not specific' }, ...MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))];
const STATUS_CHOICES = GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }));

interface GoalFields {
  title: string;
  why: string;
  modality: Modality | '';
  startDate: string;
  targetDate: string;
  status: GoalStatus;
}

/** The record the fields make; an open goal keeps its id, createdAt and check-ins (they are edited beside the form). */
const toGoal = (values: GoalFields, editing?: TherapyGoal): TherapyGoal => ({
  kind: 'therapy.goal',
  ...recordMeta(editing),
  ...values,
  title: values.title.trim(),
  modality: values.modality || undefined,
  targetDate: values.targetDate || undefined,
  checkIns: editing?.checkIns ?? [],
});

interface Props {
  /** The goal open in the panel; none when adding one. */
  editing?: TherapyGoal;
  title: string;
  busy: boolean;
  error: string;
  onSave: (goal: TherapyGoal) => Promise<boolean>;
  onCancel: () => void;
}

/** A goal's title, reason, kind of therapy, dates and status, checked against the stored record's schema. */
export function GoalForm({ editing, title, busy, error, onSave, onCancel }: Props) {
  const { control, formState, submit } = useRecordForm(therapyGoal, (v: GoalFields) => toGoal(v, editing), {
    defaultValues: {
      title: editing?.title ?? '',
      why: editing?.why ?? '',
      modality: editing?.modality ?? '',
      startDate: editing?.startDate ?? today(),
      targetDate: editing?.targetDate ?? '',
      status: editing?.status ?? 'active',
    },
    busy,
    onSave,
  });
  const checkInsError = (formState.errors as { checkIns?: { message?: string } }).checkIns?.message;

  return (
    <PrivateForm className={styles.panelForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <Controller control={control} name="title" render={({ field, fieldState }) => <TextField label="Goal" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      <Controller control={control} name="why" render={({ field, fieldState }) => <TextArea label="Why it matters" rows={2} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="modality"
          render={({ field, fieldState }) => (
            <SelectField label="Kind of therapy" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} choices={MODALITY_CHOICES} />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field, fieldState }) => (
            <SelectField label="Status" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} choices={STATUS_CHOICES} />
          )}
        />
      </div>
      <div className={styles.fieldRow}>
        <Controller control={control} name="startDate" render={({ field, fieldState }) => <DateField label="Start date" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
        <Controller
          control={control}
          name="targetDate"
          render={({ field, fieldState }) => <DateField label="Target date (optional)" value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      </div>
      {/* A check-in dated before a moved start date: the schema names the check-ins, which are not a field of this form. */}
      {checkInsError || error ? <FormMessage>{checkInsError || error}</FormMessage> : null}
      <PanelActions editing={Boolean(editing)} dirty={formState.isDirty} addLabel="Add goal" onCancel={onCancel} />
    </PrivateForm>
  );
}
