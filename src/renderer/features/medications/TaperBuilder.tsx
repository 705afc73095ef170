import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { Medication } from '../../../shared/domain/medication';
import { formatDay } from '../../../shared/clinical/summary';
import { describeAmount, describeSchedule } from '../../../shared/medication/describe';
import { planEnd } from '../../../shared/medication/regimen';
import { buildTaper, type TaperPlan } from '../../../shared/medication/taper-builder';
import { PrivateForm } from '../../ui/PrivateForm';
import { Choice, DayInput, TextInput, Tick } from './FormFields';
import { parseAmount, withSteps } from './records';
import { dateProblem, describeMakeUp, emptyTaperForm, plannedStepsOf, taperFormSchema, taperRequest, type TaperForm } from './taper-form';
import { useRecordActions } from '../../db/useRecordActions';
import { FormMessage } from '../../ui/FormMessage';
import styles from './medications.module.css';

interface Props {
  med: Medication;
  today: string;
  onDone: () => void;
}

const CHANGE_BY = [
  { value: 'amount', label: 'By a fixed amount' },
  { value: 'percent', label: 'By a percentage of the dose before' },
];
const UNITS = [
  { value: 'days', label: 'Days' },
  { value: 'weeks', label: 'Weeks' },
];
const MEASURES = [
  { value: 'pieces', label: 'Tablets or capsules' },
  { value: 'liquid', label: 'Liquid' },
];

/**
 * Turns the plan a person and their prescriber agreed into dated planned
 * steps: they enter the change, the interval, the target and what they
 * measure with; Cairn shows every step before anything is saved.
 */
export function TaperBuilder({ med, today, onDone }: Props) {
  const id = useId();
  const from = planEnd(med);
  const { control, handleSubmit, subscribe } = useForm<TaperForm>({ resolver: zodResolver(taperFormSchema), defaultValues: emptyTaperForm(med) });
  const pieces = useFieldArray({ control, name: 'pieces' });
  const { save, error, busy } = useRecordActions();
  const [preview, setPreview] = useState<{ plan: TaperPlan; form: TaperForm } | null>(null);
  const [problem, setProblem] = useState('');
  // Any edit after a preview makes it stale: the person saves only what they last saw.
  useEffect(() => subscribe({ formState: { values: true }, callback: () => setPreview(null) }), [subscribe]);
  const measure = useWatch({ control, name: 'measure' });
  const changeBy = useWatch({ control, name: 'changeBy' });

  if (!from) return null;
  const unit = med.unit;

  const showPreview = handleSubmit((form) => {
    const wrongDate = dateProblem(form, med, today);
    const plan = buildTaper(taperRequest(form, from, unit));
    setProblem(wrongDate ?? (plan.ok ? '' : plan.problem));
    setPreview(wrongDate ? null : { plan, form });
  });

  const saveSteps = async () => {
    if (!preview?.plan.ok) return;
    if (await save([withSteps(med, plannedStepsOf(preview.plan, from, preview.form.reason))])) onDone();
  };

  return (
    <section className={`${styles.inlineForm} meds-taper`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Build a taper or titration</h3>
      <p className="muted">
        Enter the plan you and your prescriber agreed. Cairn works out the dates and rounds each dose to what you have; it
        never suggests a dose or a schedule of its own.
      </p>
      <p>
        Starting from {describeAmount(from.amount, med)} {describeSchedule(from.schedule)}
        {from.planned ? ` (the last planned step, ${formatDay(from.date)})` : ' (your current dose)'}.
      </p>
      <PrivateForm className={styles.form} onSubmit={(e) => void showPreview(e)} noValidate aria-label="Taper or titration plan">
        <TextInput control={control} name="target" label={`Target dose per dose time (${unit})`} inputMode="decimal" description="0 if the plan ends with a stop." />
        <Choice control={control} name="changeBy" label="Change per step" options={CHANGE_BY} />
        <TextInput
          control={control}
          name="change"
          label={changeBy === 'percent' ? 'Change per step (%)' : `Change per step (${unit})`}
          inputMode="decimal"
        />
        <TextInput control={control} name="every" label="Time between steps" inputMode="numeric" />
        <Choice control={control} name="everyUnit" label="Counted in" options={UNITS} />
        <DayInput control={control} name="firstDate" label="Date of the first step" />
        <Choice control={control} name="measure" label="What you measure doses with" options={MEASURES} />
        {measure === 'pieces' ? (
          <fieldset className={styles.taperPieces}>
            <legend>Strengths you have</legend>
            {pieces.fields.map((field, i) => (
              <div key={field.id} className={styles.taperPiece}>
                <TextInput control={control} name={`pieces.${i}.strength`} label={`Strength ${i + 1} (${unit})`} inputMode="decimal" />
                <Tick control={control} name={`pieces.${i}.splittable`} label="Can be split in half" />
                {pieces.fields.length > 1 && (
                  <Button className="link" onPress={() => pieces.remove(i)} aria-label={`Remove strength ${i + 1}`}>
                    Remove
                  </Button>
                )}
              </div>
            ))}
            {pieces.fields.length < 4 && (
              <Button className="link" onPress={() => pieces.append({ strength: '', splittable: false })}>
                Add another strength
              </Button>
            )}
          </fieldset>
        ) : (
          <>
            <TextInput control={control} name="stepMl" label="Smallest amount you measure (mL)" inputMode="decimal" />
            {unit !== 'mL' && <TextInput control={control} name="perMl" label={`Strength of the liquid (${unit} per mL)`} inputMode="decimal" />}
          </>
        )}
        <TextInput control={control} name="reason" label="Reason for each step (optional)" />
        <FormMessage>{problem || error}</FormMessage>
        <div className="actions">
          <Button type="submit" className="primary">
            Preview the steps
          </Button>
          <Button onPress={onDone}>Cancel</Button>
        </div>
      </PrivateForm>
      {preview && preview.plan.steps.length > 0 && (
        <section aria-labelledby={`${id}-preview`} className={styles.taperPreview}>
          <h4 id={`${id}-preview`}>{preview.plan.ok ? 'Preview' : 'Preview (up to where the plan cannot go on)'}</h4>
          <ol aria-label="Preview of the steps">
            {preview.plan.steps.map((s) => (
              <li key={s.date}>
                <strong>{formatDay(s.date)}</strong>: {s.amount === 0 ? 'stop' : `${describeAmount(s.amount, med)} ${describeSchedule(from.schedule)}`}
                {s.makeUp.length > 0 && <span className="muted"> · {describeMakeUp(s.makeUp, unit)}</span>}
                {Math.abs(s.asked - s.amount) > 1e-9 && (
                  <span className="muted">
                    {' '}
                    · worked out as {Number(s.asked.toFixed(2))} {unit}, {s.amount === parseAmount(preview.form.target) ? 'kept at the target' : 'rounded to what you have'}
                  </span>
                )}
              </li>
            ))}
          </ol>
          {preview.plan.ok && (
            <div className="actions">
              <Button className="primary" onPress={() => void saveSteps()} isDisabled={busy}>
                Save {preview.plan.steps.length} planned {preview.plan.steps.length === 1 ? 'step' : 'steps'}
              </Button>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
