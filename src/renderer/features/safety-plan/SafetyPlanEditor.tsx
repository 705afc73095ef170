import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { SAFETY_PLAN_SECTIONS } from '../../../shared/domain/safety-plan';
import { crisisLinesText, emergencyNumbersText } from '../../../shared/clinical/crisis-numbers';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { pasteWithin } from '../../ui/paste-limit';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { ContactsEditor } from './ContactsEditor';
import { planForm, SECTION_LIMIT, type PlanFormValues } from './plan-form';
import { SECTION_HINTS } from './section-hints';
import { EMPTY_PLAN, useSafetyPlan } from './useSafetyPlan';
import styles from './safety-plan.module.css';

const count = new Intl.NumberFormat();

/** The plan's own fields, without the record's id, kind and stamps. */
const fieldsOf = ({ warningSigns, copingOnMyOwn, distractions, peopleToAsk, professionals, saferSurroundings, reasonsForLiving }: PlanFormValues): PlanFormValues => ({
  warningSigns,
  copingOnMyOwn,
  distractions,
  peopleToAsk,
  professionals,
  saferSurroundings,
  reasonsForLiving,
});

/** The plan as a form; saving returns to the read-only plan. What was typed stays in the fields if a save is refused. */
export function SafetyPlanEditor({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const [stored, save] = useSafetyPlan();
  const form = useForm<PlanFormValues, unknown, PlanFormValues>({
    resolver: zodResolver(planForm),
    defaultValues: fieldsOf(stored ?? EMPTY_PLAN),
  });
  const { control, handleSubmit, setError, clearErrors, formState } = form;
  const professionals = useWatch({ control, name: 'professionals' });

  const submit = handleSubmit(async (plan) => {
    try {
      await save(plan);
      onSaved();
    } catch (e) {
      setError('root.save', { message: (e as Error).message });
    }
  });

  return (
    <PrivateForm onSubmit={(e) => void submit(e)} noValidate aria-label="Edit your safety plan">
      {SAFETY_PLAN_SECTIONS.map((section, i) => {
        const title = `${i + 1}. ${section.title}`;
        if (section.contacts) {
          const key = section.key;
          const id = `plan-${key}`;
          return (
            <fieldset key={key} className={styles.section} aria-describedby={`${id}-hint`}>
              <legend className={styles.sectionTitle}>{title}</legend>
              <p id={`${id}-hint`} className="muted">
                {SECTION_HINTS[key]}
              </p>
              {key === 'professionals' && professionals.length === 0 && (
                <p className={styles.examples}>
                  Examples: crisis lines {crisisLinesText()}; emergency numbers {emergencyNumbersText()}. Add the ones
                  that apply where you live. Cairn never dials or sends anything.
                </p>
              )}
              <ContactsEditor form={form} section={key} noun={key === 'peopleToAsk' ? 'Person' : 'Contact'} />
            </fieldset>
          );
        }
        const key = section.key;
        return (
          <div key={key} className={styles.section}>
            <Controller
              control={control}
              name={key}
              render={({ field, fieldState }) => {
                const over = field.value.length > SECTION_LIMIT;
                return (
                  <TextField
                    label={title}
                    multiline
                    rows={3}
                    className={styles.sectionField}
                    name={field.name}
                    value={field.value}
                    onChange={(value) => {
                      clearErrors(key);
                      field.onChange(value);
                    }}
                    onBlur={field.onBlur}
                    // react-hook-form focuses the first refused field through this (the section's textarea).
                    inputRef={field.ref}
                    // A huge paste is refused before the browser lays it out; what is in the field stays.
                    onPaste={pasteWithin(SECTION_LIMIT, (message) => setError(key, { type: 'paste', message }))}
                    description={
                      over
                        ? `${SECTION_HINTS[key]} ${count.format(field.value.length)} characters; keep this section under ${count.format(SECTION_LIMIT)}.`
                        : SECTION_HINTS[key]
                    }
                    errorMessage={fieldState.error?.message}
                  />
                );
              }}
            />
          </div>
        );
      })}
      <FormMessage>{formState.errors.root?.save?.message ?? ''}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          Save safety plan
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
