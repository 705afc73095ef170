import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  COUNTABLE_UNITS,
  DOSE_UNITS,
  STRENGTH_UNITS,
  MEDICATION_CLASSES,
  MEDICATION_FORMS,
  medication,
  type DoseUnit,
  type Medication,
  type MedicationClass,
} from '../../../shared/domain/medication';
import { trackedFrom } from '../../../shared/medication/regimen';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { useRecordActions } from '../../db/useRecordActions';
import { newId } from '../../db/record-stamp';
import { DoseFields, doseFieldOf, doseOf, emptyDose, type DoseDraft } from './DoseFields';
import { choicesOf, KitField, KitSelect } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { parseAmount, stamp } from './records';
import styles from './medications.module.css';

interface Props {
  /** Absent: a new medication with its start; present: edit the details only (changes of dose are steps). */
  existing?: Medication;
  today: string;
  onDone: (id: string | null) => void;
}

type StrengthUnit = (typeof STRENGTH_UNITS)[number];

interface MedicationFields {
  name: string;
  medClass: MedicationClass;
  form: Medication['form'];
  unit: DoseUnit;
  prescriber: string;
  reason: string;
  startDate: string;
  dose: DoseDraft;
  tracking: string;
  strength: string;
  strengthUnit: StrengthUnit;
}

const CLASSES = choicesOf(MEDICATION_CLASSES);
const FORMS = choicesOf(MEDICATION_FORMS);
const UNITS = choicesOf(DOSE_UNITS);
const STRENGTHS = choicesOf(STRENGTH_UNITS);

/** A strength typed for a countable unit ("10 mg per tablet"); blank means none given. */
const pieceStrengthOf = (f: MedicationFields) =>
  COUNTABLE_UNITS.includes(f.unit) && f.strength.trim() !== '' ? { amount: parseAmount(f.strength), unit: f.strengthUnit } : null;

/** A medication's zod issue on the field that holds it; the start step's (and the timeline's) go on the start. */
function medicationFieldOf(path: readonly PropertyKey[]): string {
  const [top] = path;
  if (top === 'name' || top === 'prescriber' || top === 'reason') return top;
  if (top === 'trackedFrom') return 'tracking';
  if (top === 'pieceStrength') return 'strength';
  if (top === 'class') return 'medClass';
  if (top === 'form' || top === 'unit') return top;
  return (top === 'steps' && doseFieldOf(path.slice(2))) || 'startDate';
}

export function MedicationForm({ existing, today, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();

  const recordOf = (f: MedicationFields): Medication => {
    const now = stamp();
    const details = {
      name: f.name.trim(),
      class: f.medClass,
      form: f.form,
      unit: f.unit,
      prescriber: f.prescriber.trim(),
      reason: f.reason.trim(),
      trackedFrom: f.tracking,
      pieceStrength: pieceStrengthOf(f),
    };
    return existing
      ? { ...existing, ...details, updatedAt: now }
      : {
          kind: 'med.medication',
          id: newId(),
          createdAt: now,
          updatedAt: now,
          ...details,
          steps: [{ id: newId(), type: 'start', date: f.startDate, ...doseOf(f.dose), reason: f.reason.trim(), checkIn: '' }],
          supply: null,
        };
  };

  const { control, handleSubmit } = useForm<MedicationFields, unknown, Medication>({
    defaultValues: {
      name: existing?.name ?? '',
      medClass: existing?.class ?? 'SSRI',
      form: existing?.form ?? 'tablet',
      unit: existing?.unit ?? 'mg',
      prescriber: existing?.prescriber ?? '',
      reason: existing?.reason ?? '',
      startDate: today,
      dose: emptyDose,
      // Default: the day the medication is entered; earlier doses were never logged here, so they count as nothing.
      tracking: existing ? (trackedFrom(existing) ?? today) : today,
      strength: existing?.pieceStrength ? String(existing.pieceStrength.amount) : '',
      strengthUnit: existing?.pieceStrength?.unit ?? 'mg',
    },
    resolver: recordResolver(medication, recordOf, medicationFieldOf),
  });
  const fields = useWatch({ control }) as MedicationFields;
  const countable = COUNTABLE_UNITS.includes(fields.unit);
  const strength = pieceStrengthOf(fields);

  const submit = handleSubmit(async (record) => {
    if (await save([record])) onDone(record.id);
  });

  return (
    <PrivateForm className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{existing ? `Edit ${existing.name}` : 'Add a medication'}</h2>
      <KitField control={control} name="name" label="Name" maxLength={120} />
      <div className={styles.row}>
        <KitSelect control={control} name="medClass" label="Class" choices={CLASSES} />
        <KitSelect control={control} name="form" label="Form" choices={FORMS} />
        <KitSelect control={control} name="unit" label="Unit" choices={UNITS} />
      </div>
      <KitField control={control} name="prescriber" label="Prescriber (optional)" maxLength={120} />
      <KitField control={control} name="reason" label="What it is for (optional)" maxLength={500} />
      {!existing && (
        <>
          <KitField control={control} name="startDate" kind="date" label="Start date" />
          <DoseFields control={control} med={{ unit: fields.unit, pieceStrength: strength && strength.amount > 0 ? strength : null }} />
        </>
      )}
      {countable && (
        <div className={styles.row}>
          <KitField control={control} name="strength" kind="number" label={`Strength of one of the ${fields.unit} (optional)`} />
          <KitSelect control={control} name="strengthUnit" label="Strength unit" choices={STRENGTHS} />
        </div>
      )}
      <KitField
        control={control}
        name="tracking"
        kind="date"
        label="Tracking doses since"
        description="Doses before this day are not counted: not taken, not skipped, not “not logged”. Move it back if you want to log earlier days."
      />
      <FormMessage>{error}</FormMessage>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          {existing ? 'Save details' : 'Add medication'}
        </Button>
        <Button onPress={() => onDone(existing?.id ?? null)}>Cancel</Button>
      </div>
    </PrivateForm>
  );
}
