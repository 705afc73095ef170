import { useId, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FIBSER_ANCHORS, SIDE_EFFECT_STARTERS, sideEffect, type Medication, type SideEffect } from '../../../shared/domain/medication';
import { parseNumber } from '../../../shared/codec/number';
import { formatDate } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { keepTypedSince } from '../../ui/clear-saved';
import { useRecordActions } from '../../db/useRecordActions';
import { newId } from '../../db/record-stamp';
import { KitField, KitSelect } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { stamp } from './records';
import styles from './medications.module.css';

type Scale = keyof typeof FIBSER_ANCHORS;

const SCALES: { key: Scale; label: string }[] = [
  { key: 'frequency', label: 'How often' },
  { key: 'intensity', label: 'How strong' },
  { key: 'burden', label: 'How much it gets in the way' },
];

/** The Select's id for "no answer yet" (a choice needs an id; an empty one is not a key). */
const UNSET = 'none';

const ratingChoices = (scale: Scale) => [
  { id: UNSET, label: 'Choose…' },
  ...FIBSER_ANCHORS[scale].map((anchor, n) => ({ id: String(n), label: anchor ? `${n} – ${anchor}` : String(n) })),
];
const RATING_CHOICES = { frequency: ratingChoices('frequency'), intensity: ratingChoices('intensity'), burden: ratingChoices('burden') };

interface SideEffectFields {
  symptom: string;
  frequency: string;
  intensity: string;
  burden: string;
  date: string;
  resolvedOn: string;
  linked: string;
  note: string;
}

/** A side effect's zod issue on its field; the rule that all three are rated goes on the first one not yet rated. */
function sideEffectFieldOf(path: readonly PropertyKey[], fields: SideEffectFields): string {
  const [top] = path;
  if (top === 'medicationId') return 'linked';
  if (typeof top === 'string' && top in fields) return top;
  return SCALES.find(({ key }) => fields[key] === UNSET)?.key ?? 'symptom';
}

interface Props {
  meds: readonly Medication[];
  today: string;
  /** Pre-selects a medication (from its detail page). */
  medicationId?: string;
  /** Present: edit this record (an older one keeps its 1–5 severity until rated 0–6). */
  existing?: SideEffect;
  onDone?: () => void;
}

/** A side effect: a starter symptom or the person's own words, rated 0–6 three ways (FIBSER), from an onset to a resolved day. */
export function SideEffectForm({ meds, today, medicationId, existing, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const [saved, setSaved] = useState('');
  const rated = (n: number | undefined) => (n === undefined ? UNSET : String(n));

  const recordOf = (f: SideEffectFields): SideEffect => {
    const now = stamp();
    const rating = (key: Scale) => (f[key] === UNSET ? undefined : parseNumber(f[key]));
    return {
      kind: 'med.sideEffect',
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      date: f.date,
      symptom: f.symptom.trim(),
      ...(existing?.severity !== undefined ? { severity: existing.severity } : {}),
      ...Object.fromEntries(SCALES.flatMap(({ key }) => (rating(key) === undefined ? [] : [[key, rating(key)]]))),
      resolvedOn: f.resolvedOn || null,
      medicationId: f.linked === UNSET ? null : f.linked,
      note: f.note.trim(),
    };
  };

  const { control, handleSubmit, getValues, reset } = useForm<SideEffectFields, unknown, SideEffect>({
    defaultValues: {
      symptom: existing?.symptom ?? '',
      frequency: rated(existing?.frequency),
      intensity: rated(existing?.intensity),
      burden: rated(existing?.burden),
      date: existing?.date ?? today,
      resolvedOn: existing?.resolvedOn ?? '',
      linked: (existing ? existing.medicationId : medicationId) ?? UNSET,
      note: existing?.note ?? '',
    },
    resolver: recordResolver(sideEffect, recordOf, sideEffectFieldOf),
  });

  const submit = async (event: FormEvent) => {
    // What was typed when Save was pressed: only that leaves the form once saved (typing meanwhile stays).
    const typed = getValues();
    await handleSubmit(async (record) => {
      if (!(await save([record]))) return;
      setSaved(`${existing ? 'Saved' : 'Recorded'} ${record.symptom} from ${formatDate(record.date)}.`);
      if (existing) onDone?.();
      else reset(keepTypedSince(getValues(), typed, { ...getValues(), symptom: '', note: '', resolvedOn: '' }));
    })(event);
  };

  const began = useWatch({ control, name: 'date' });
  const medChoices = [{ id: UNSET, label: 'Not linked to one' }, ...meds.map((m) => ({ id: m.id, label: m.name }))];

  return (
    <PrivateForm className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{existing ? `Edit ${existing.symptom}` : 'Record a side effect'}</h2>
      <KitField
        control={control}
        name="symptom"
        label="Symptom"
        maxLength={80}
        suggestions={SIDE_EFFECT_STARTERS}
        description="Pick from the list (nausea, sweating, vivid dreams…) or describe it in your own words."
      />
      {existing?.severity !== undefined && (
        <p className={`muted ${styles.hint}`}>Recorded before the 0–6 ratings with a severity of {existing.severity} of 5; rating it below adds the three ratings.</p>
      )}
      <div className={styles.row}>
        {SCALES.map(({ key, label }) => (
          <KitSelect key={key} control={control} name={key} label={`${label} (0–6)`} choices={RATING_CHOICES[key]} />
        ))}
      </div>
      <div className={styles.row}>
        <KitField control={control} name="date" kind="date" label="Began on" />
        <KitField control={control} name="resolvedOn" kind="date" label="Resolved on (optional)" min={began} />
        <KitSelect control={control} name="linked" label="Medication (optional)" choices={medChoices} />
      </div>
      <KitField control={control} name="note" label="Note (optional)" multiline rows={2} maxLength={2000} />
      <FormMessage>{error}</FormMessage>
      <p role="status">{saved}</p>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          {existing ? 'Save side effect' : 'Record side effect'}
        </Button>
        {existing && <Button onPress={onDone}>Cancel</Button>}
      </div>
    </PrivateForm>
  );
}
