import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { COPING_NAME_MAX, copingSkill } from '../../../shared/domain/coping-skill';
import { Button } from '../../ui/Button';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import styles from './toolbox.module.css';

/** The fields a person types; the record's own schema gives the messages, so the form and storage agree. */
const skillForm = z.object({
  name: z.string().transform((s) => s.trim()).pipe(copingSkill.shape.name),
  steps: copingSkill.shape.steps,
});
export type SkillFormValues = z.input<typeof skillForm>;

interface Props {
  initial?: SkillFormValues;
  submitLabel: string;
  onSave: (values: { name: string; steps: string }) => Promise<boolean>;
  onCancel?: () => void;
  /** Names already in the toolbox (another skill's, when editing), so the same skill is not kept twice. */
  takenNames: readonly string[];
}

export function SkillForm({ initial = { name: '', steps: '' }, submitLabel, onSave, onCancel, takenNames }: Props) {
  const { control, handleSubmit, reset, setError, formState } = useForm<SkillFormValues, unknown, z.output<typeof skillForm>>({
    resolver: zodResolver(skillForm),
    defaultValues: initial,
  });
  const submit = handleSubmit(async (values) => {
    if (takenNames.some((n) => n.toLocaleLowerCase() === values.name.toLocaleLowerCase())) {
      setError('name', { message: `“${values.name}” is already in your toolbox.` });
      return;
    }
    // What was typed stays in the fields if the save fails.
    if (await onSave(values)) reset({ name: '', steps: '' });
  });
  return (
    <PrivateForm className={styles.form} onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            label="Name"
            description={`As you call it, up to ${COPING_NAME_MAX} characters; it goes into your check-in when you use it.`}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="steps"
        render={({ field, fieldState }) => (
          <TextField
            label="How I do it"
            description="In your own words, one step a line if that helps."
            multiline
            rows={4}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={fieldState.error?.message}
          />
        )}
      />
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onPress={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </PrivateForm>
  );
}
