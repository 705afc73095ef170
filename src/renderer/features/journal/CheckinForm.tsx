import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { CHECKIN_MEASURES } from '../../../shared/domain/checkin-measures';
import type { CheckinPart, JournalCheckin } from '../../../shared/domain/journal-checkin';
import { activeMeasures, type JournalMeasure } from '../../../shared/domain/own-measure';
import { longDay } from '../../../shared/journal/days';
import { growingList, STARTER_COPING, STARTER_TRIGGERS } from '../../../shared/journal/lists';
import { localDay } from '../../../shared/local-date';
import { symptomsAskedOn } from '../../../shared/medication/discontinuation';
import { useRecords } from '../../db/useRecords';
import { useRecordActions } from '../../db/useRecordActions';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import { focusFound } from '../../ui/focus-field';
import { KitField } from '../../ui/KitField';
import { PrivateForm } from '../../ui/PrivateForm';
import { messageAt } from '../../ui/record-form';
import { blankCheckin, fieldsOf, type CheckinFields } from './checkin-fields';
import { checkinResolver, existingIn, measureField, ownField } from './checkin-resolver';
import { ChoiceField, MeasureInput, NoteField, SymptomsField } from './CheckinControls';
import { OwnMeasureFields } from './OwnMeasureFields';
import checkin from './checkin.module.css';
import { cx } from '../../ui/class-names';

interface Props {
  day: string;
  /** Which check-in of the day, when the person checks in twice a day. */
  part?: CheckinPart;
  onSaved: (day: string) => void;
  onCancel: () => void;
}

const FIRST = CHECKIN_MEASURES[0].key;

const PARTS: readonly { value: CheckinPart; label: string }[] = [
  { value: 'morning', label: 'Morning' },
  { value: 'evening', label: 'Evening' },
];

/** Before 2 pm a new check-in is the morning one. */
const partNow = (): CheckinPart => (new Date().getHours() < 14 ? 'morning' : 'evening');

/** The fields that show their own message, in the order they sit on the screen, with the name their input carries. */
const placedFields = (measures: readonly JournalMeasure[]): { field: string; input: string }[] => [
  ...CHECKIN_MEASURES.map((m) => ({ field: measureField(m.key), input: m.key })),
  ...measures.map((m) => ({ field: ownField(m.id), input: m.id })),
  { field: 'note', input: 'note' },
  { field: 'tags', input: 'tags' },
  { field: 'day', input: 'date' },
];

/** The first message with no field of its own to show under (a list of triggers too long, a symptom's rating). */
function unplacedMessage(errors: FieldErrors<CheckinFields>, placed: ReadonlySet<string>, path = ''): string | undefined {
  for (const [key, value] of Object.entries(errors)) {
    const name = path ? `${path}.${key}` : key;
    if (placed.has(name) || key === 'ref' || !value || typeof value !== 'object') continue;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message;
    const inner = unplacedMessage(value as FieldErrors<CheckinFields>, placed, name);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The 30-second daily check-in: every scale is one click or one digit, and
 * Enter saves from anywhere but the note (Ctrl/Cmd+Enter there). Rating only
 * mood is two keys: a digit, then Enter. react-hook-form holds what is typed;
 * the one record resolver (checkin-resolver.ts) judges the record it makes and
 * puts each message on its field.
 */
export function CheckinForm({ day, part: askedPart, onSaved, onCancel }: Props) {
  const actions = useRecordActions();
  const checkins = useRecords('journal.checkin');
  const meds = useRecords('med.medication');
  const allMeasures = useRecords('journal.measure');
  const measures = useMemo(() => activeMeasures(allMeasures), [allMeasures]);
  const twice = useRecords('settings')[0]?.checkinTwiceADay === true;
  const byId = useMemo(() => new Map(checkins.map((c) => [c.id, c])), [checkins]);
  const existingFor = useMemo(() => existingIn(byId), [byId]);
  const resolver = useMemo(() => checkinResolver(existingFor, allMeasures), [existingFor, allMeasures]);
  const [defaultValues] = useState<CheckinFields>(() => {
    // An edit names its part; a new check-in on a twice-a-day setting takes the part of the day it is now.
    const part = askedPart ?? (twice ? partNow() : undefined);
    const existing = existingFor({ day, part });
    return existing ? fieldsOf(existing) : blankCheckin(day, part);
  });
  // Focus is placed here (the chosen segment of a scale), not by react-hook-form.
  const form = useForm<CheckinFields, unknown, JournalCheckin>({ resolver, defaultValues, shouldFocusError: false });
  const { control, handleSubmit, reset, setValue, getValues, formState, subscribe, trigger } = form;
  const [fieldDay, fieldPart, symptoms] = useWatch({ control, name: ['day', 'part', 'symptoms'] });
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const existing = existingFor({ day: fieldDay, part: fieldPart });
  const triggerOptions = useMemo(() => growingList(STARTER_TRIGGERS, checkins.map((c) => c.triggers)), [checkins]);
  const copingOptions = useMemo(() => growingList(STARTER_COPING, checkins.map((c) => c.coping)), [checkins]);
  const today = localDay(new Date());
  // Offered during a taper or stop and six weeks after (CLINICAL.md), and always for a day that already has ratings.
  const askSymptoms = symptomsAskedOn(meds, fieldDay) || Object.keys(symptoms).length > 0;
  const placed = useMemo(() => placedFields(measures), [measures]);

  // After a refused save, each change judges the whole form again: a message
  // that another field answers ("Fill in at least one value" sits on Mood, and
  // a note answers it) goes as soon as it is answered, not at the next save.
  // react-hook-form on its own re-judges only the field that changed.
  const refused = formState.isSubmitted && !formState.isSubmitSuccessful;
  useEffect(() => {
    if (!refused) return;
    return subscribe({ formState: { values: true }, callback: () => void trigger() });
  }, [refused, subscribe, trigger]);

  // A scale is focused on its chosen value, so a digit or an arrow changes it from there.
  const focusInput = useCallback((name: string) => {
    const form = formRef.current;
    focusFound(form?.querySelector(`[name="${name}"]:checked`) ?? form?.querySelector(`[name="${name}"]`));
  }, []);
  // Focus starts on the first scale, once, when the form opens.
  useEffect(() => focusInput(FIRST), [focusInput]);

  // Picking a day (or part of a day) that already has a check-in edits that one: one check-in per day or part.
  const changeDay = (next: string, part = getValues('part')) => {
    const other = existingFor({ day: next, part });
    if (other) return reset(fieldsOf(other));
    setValue('day', next);
    if (part) setValue('part', part);
  };

  const submit = (event: FormEvent) =>
    void handleSubmit(
      async (record) => {
        if (busy) return;
        setBusy(true);
        // Saved through the one record-actions layer; a refusal's reason shows in the form's message below.
        if (await actions.save([record])) onSaved(record.date);
        else setBusy(false);
      },
      // Refused: focus the first field with a message, in the order they sit on the screen.
      (errors) => {
        const first = placed.find((p) => messageAt(errors, p.field));
        if (first) focusInput(first.input);
      },
    )(event);

  // Text fields submit on Enter natively; scales and chips do not, and the
  // note keeps Enter for new lines, so Ctrl/Cmd+Enter saves from there.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target;
    const submitHere =
      (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey)) ||
      (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
    if (!submitHere) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  const unplaced = unplacedMessage(formState.errors, new Set(placed.map((p) => p.field)));
  return (
    <PrivateForm ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate className={checkin.form} aria-labelledby="checkin-title">
      <header className={checkin.head}>
        <h2 id="checkin-title">
          {fieldPart ? `${fieldPart === 'morning' ? 'Morning' : 'Evening'} check-in` : 'Check-in'} for {longDay(fieldDay)}
        </h2>
        <p className="muted" role="status">
          {existing ? 'You checked in on this day already; saving updates it.' : 'Rate what you like; leave the rest blank.'}
        </p>
      </header>
      <div className={checkin.columns}>
        <div className={checkin.ratings}>
          {CHECKIN_MEASURES.map((m) => (
            <MeasureInput key={m.key} measure={m} control={control} />
          ))}
          <OwnMeasureFields measures={measures} control={control} />
          {askSymptoms && <SymptomsField control={control} />}
        </div>
        <div className={checkin.words}>
          <ChoiceField control={control} name="triggers" legend="Triggers" noun="trigger" options={triggerOptions} />
          <ChoiceField control={control} name="coping" legend="Coping skills used" noun="coping skill" options={copingOptions} />
          <NoteField control={control} />
          <div className={checkin.row}>
            <KitField control={control} name="tags" label="Tags (comma-separated)" />
            <Controller
              control={control}
              name="day"
              render={({ field, fieldState }) => (
                <DateField label="Day" name="date" max={today} value={field.value} onChange={(v) => changeDay(v)} errorMessage={fieldState.error?.message} inputRef={field.ref} />
              )}
            />
          </div>
          {fieldPart && <ChoiceGroup label="Which check-in" options={PARTS} value={fieldPart} onChange={(p) => changeDay(getValues('day'), p)} />}
        </div>
      </div>
      <FormMessage>{unplaced ?? actions.error}</FormMessage>
      <div className={cx('actions', checkin.actions)}>
        <Button type="submit" variant="primary" isDisabled={busy}>
          Save check-in
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
        <span className={cx('muted', checkin.keys)}>Enter saves · a digit sets a scale</span>
      </div>
    </PrivateForm>
  );
}
